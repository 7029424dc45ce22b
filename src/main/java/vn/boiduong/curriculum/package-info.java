/**
 * The curriculum of Guidance 59 as data (DESIGN §3): versioned programs, the six compulsory lessons
 * with their learning requirements (seeded word for word, never edited through the application) and
 * the elective topics, national or added by a province (HD 59, III.3: the province adapts the
 * program to the locality).
 */
package vn.boiduong.curriculum;
