/**
 * The official papers the application prints, built once for every module: PDFs in the Party document
 * format (Hướng dẫn 36-HD/VPTW, 2018) and Excel workbooks for every exported table. Every text is
 * normalized to Unicode NFC first, because the same Vietnamese letter typed on different keyboards
 * arrives decomposed or precomposed, and only the precomposed form prints and searches correctly.
 */
package vn.boiduong.shared.document;
