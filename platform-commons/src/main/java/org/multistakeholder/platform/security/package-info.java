/**
 * The roles a caller may hold ({@link org.multistakeholder.platform.security.Roles}), as bearer tokens name them in
 * their groups claim.
 */
package org.multistakeholder.platform.security;
