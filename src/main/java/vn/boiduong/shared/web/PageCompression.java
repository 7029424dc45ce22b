package vn.boiduong.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages (HTML) and JSON answers are compressed with gzip at its fastest level.
 * <p>
 * Tomcat's compression (still on for everything else: {@code server.compression}) always deflates at
 * level 6, which on a course page (25 KB of HTML) took 0.4 ms of CPU and on the attendance page of 250
 * learners (80 KB) 1.8 ms: more than a third of what the whole page may cost (DESIGN §8, issue 7). The
 * fastest level takes 0.14 and 0.84 ms for answers about a fifth larger (5.5 instead of 4.7 KB; 9.0
 * instead of 7.5 KB), which a phone on 4G does not notice. Tomcat does not compress again what is already
 * compressed ({@code Content-Encoding} set).
 * <p>
 * The decision is made when the page starts writing, from its content type. An error sent, or a buffer
 * reset, before anything left the server drops the compression, so that the error page that follows is
 * written plainly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageCompression extends OncePerRequestFilter {

	static final int LEVEL = Deflater.BEST_SPEED;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acceptsGzip(request) || "HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		Compressing compressing = new Compressing(response);
		chain.doFilter(request, compressing);
		compressing.finish();
	}

	/** Whether the client takes gzip ({@code gzip;q=0} refuses it). */
	static boolean acceptsGzip(HttpServletRequest request) {
		var values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")) {
					return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
		}
		return false;
	}

	/** Whether answers of this content type are compressed here. */
	static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/json");
	}

	/** The response, compressed once it starts writing a compressible body. */
	static final class Compressing extends HttpServletResponseWrapper {

		private enum State {
			UNDECIDED, PLAIN, COMPRESSED
		}

		private State state = State.UNDECIDED;

		private GzipBody body;

		private PrintWriter writer;

		Compressing(HttpServletResponse response) {
			super(response);
		}

		private HttpServletResponse inner() {
			return (HttpServletResponse) getResponse();
		}

		private void decide() throws IOException {
			if (this.state != State.UNDECIDED) {
				return;
			}
			int status = inner().getStatus();
			boolean compress = !inner().isCommitted() && compressible(inner().getContentType())
					&& inner().getHeader(HttpHeaders.CONTENT_ENCODING) == null && status != SC_NO_CONTENT
					&& status != SC_NOT_MODIFIED;
			if (compress) {
				inner().setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				inner().addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				inner().setContentLengthLong(-1);
				this.body = new GzipBody(inner().getOutputStream());
				this.state = State.COMPRESSED;
			}
			else {
				this.state = State.PLAIN;
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has already been called");
			}
			decide();
			return this.state == State.COMPRESSED ? this.body : super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer != null) {
				return this.writer;
			}
			decide();
			if (this.state != State.COMPRESSED) {
				return super.getWriter();
			}
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			// the characters are encoded in blocks: a template writes a page in a thousand small pieces, and
			// encoding each on its own (the charset encoder's setup per call) was 8 % of a course page's samples
			this.writer = new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(this.body, charset), 8192));
			return this.writer;
		}

		@Override
		public void setContentLength(int length) {
			if (this.state != State.COMPRESSED) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (this.state != State.COMPRESSED) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (this.state == State.COMPRESSED && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return;
			}
			super.setHeader(name, value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (this.state == State.COMPRESSED && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return;
			}
			super.addHeader(name, value);
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			else if (this.body != null) {
				this.body.flush();
			}
			super.flushBuffer();
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			abandon();
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			abandon();
			super.sendError(sc);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			abandon();
			super.sendRedirect(location);
		}

		@Override
		public void sendRedirect(String location, int sc) throws IOException {
			abandon();
			super.sendRedirect(location, sc);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			abandon();
			super.sendRedirect(location, sc, clearBuffer);
		}

		@Override
		public void reset() {
			abandon();
			super.reset();
			this.state = State.UNDECIDED;
		}

		@Override
		public void resetBuffer() {
			abandon();
			super.resetBuffer();
			this.state = State.UNDECIDED;
		}

		/**
		 * Nothing compressed is sent after all (an error, a redirect or a reset before the answer left):
		 * what the deflater holds is dropped and the answer is no longer said to be compressed.
		 */
		private void abandon() {
			if (this.state == State.COMPRESSED && !inner().isCommitted()) {
				this.body.abandon();
				inner().setHeader(HttpHeaders.CONTENT_ENCODING, null);
				this.body = null;
				this.writer = null;
				this.state = State.PLAIN;
			}
		}

		/** The end of the request: the gzip trailer, if the body was compressed. */
		void finish() throws IOException {
			if (this.state != State.COMPRESSED) {
				return;
			}
			if (this.writer != null) {
				this.writer.flush();
			}
			this.body.finish();
		}

	}

	/** gzip at the fastest level, which can also be dropped without writing its trailer. */
	static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 8192);
			this.def.setLevel(LEVEL);
		}

		void discard() {
			this.def.end();
		}

	}

	/** The body as gzip at the fastest level, written into the servlet's own stream. */
	static final class GzipBody extends ServletOutputStream {

		private final ServletOutputStream target;

		private final FastGzip gzip;

		private boolean closed;

		GzipBody(ServletOutputStream target) throws IOException {
			this.target = target;
			this.gzip = new FastGzip(new OutputStream() {
				@Override
				public void write(int b) throws IOException {
					target.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					target.write(b, off, len);
				}

				@Override
				public void flush() throws IOException {
					target.flush();
				}
			});
		}

		@Override
		public void write(int b) throws IOException {
			this.gzip.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.gzip.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			if (!this.closed) {
				this.gzip.flush();
			}
		}

		@Override
		public void close() throws IOException {
			finish();
		}

		void finish() throws IOException {
			if (!this.closed) {
				this.closed = true;
				this.gzip.finish();
				this.target.flush();
			}
		}

		/** Drops what was not yet written, writing nothing more; the deflater's memory is given back. */
		void abandon() {
			this.closed = true;
			this.gzip.discard();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
