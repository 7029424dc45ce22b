/**
 * Demo data for the default run (embedded database only): a province with two districts, their
 * bodies and grassroots organizations, and one account per role. Never loaded in production.
 */
package vn.boiduong.demo;
