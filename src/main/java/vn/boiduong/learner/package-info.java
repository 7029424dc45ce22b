/**
 * Learners (DESIGN §1, §6; HD 59: branch secretaries, deputies and grassroots committee members): one
 * registry per province, one person one learner across courses, names in Vietnamese order, and the
 * import of learner lists from spreadsheets, all rows good or nothing imported.
 */
package vn.boiduong.learner;
