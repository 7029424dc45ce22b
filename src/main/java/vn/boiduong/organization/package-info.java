/**
 * Organization units as data (DESIGN §5): a tree of province, district committees and their bodies,
 * grassroots party organizations and party cells, with validity dates, because the 2025
 * reorganization changed names, kinds and parents. A unit in use is closed, never deleted.
 */
package vn.boiduong.organization;
