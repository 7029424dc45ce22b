/**
 * The official papers the application prints, built once for every module: PDFs in their issuer's
 * format (the Party format of Hướng dẫn 36-HD/VPTW, 2018, or for a political school the state format of
 * Nghị định 30/2020/NĐ-CP; see {@link vn.boiduong.shared.document.DocumentFormat}) and Excel workbooks
 * for every exported table. Who issues a paper is a {@link vn.boiduong.shared.document.DocumentIssuer},
 * which the organization module builds from the issuing unit's document profile. Every text is
 * normalized to Unicode NFC first, because the same Vietnamese letter typed on different keyboards
 * arrives decomposed or precomposed, and only the precomposed form prints and searches correctly.
 */
package vn.boiduong.shared.document;
