/**
 * The home page "Việc cần làm" (what waits for the signed-in user, gathered from every module) and,
 * later, the province's read models and charts.
 */
package vn.boiduong.dashboard;
