/**
 * Paging for every list: {@link org.multistakeholder.platform.paging.PageRequest} reads {@code page}, {@code size},
 * {@code sort} and {@code after}; {@link org.multistakeholder.platform.paging.SortableFields} names what a list may
 * be sorted by and turns a request into an {@link org.multistakeholder.platform.paging.Ordering}, which reads the
 * rows of one page (by offset, or from the {@link org.multistakeholder.platform.paging.PageCursor} a client followed)
 * and answers them as a {@link org.multistakeholder.platform.paging.Page} with its {@code next} cursor.
 */
package org.multistakeholder.platform.paging;
