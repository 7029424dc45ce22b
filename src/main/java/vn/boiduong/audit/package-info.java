/**
 * The append-only audit log (nhật ký thao tác): who did what, when, to which record, before and
 * after. The database refuses UPDATE and DELETE on it, so not even a bug here can rewrite history.
 */
package vn.boiduong.audit;
