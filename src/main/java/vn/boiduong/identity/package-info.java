/**
 * Accounts, role assignments tied to organization units, sign-in with lockout, and the one answer to
 * "which units may the current user see" that every other module asks.
 */
package vn.boiduong.identity;
