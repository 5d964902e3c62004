/** The instants the services record, at the precision they are stored with ({@link org.multistakeholder.platform.time.Timestamps}). */
package org.multistakeholder.platform.time;
