//! A small static file server for previewing the built site on 127.0.0.1.
//!
//! It sends what a production host should send (the `.wasm` MIME type, the
//! Content-Security-Policy, no caching of the page), so that what works here works
//! behind a real web server configured from `pkg-config/`.

use std::path::{Component, Path, PathBuf};

/// The Content-Security-Policy the site is served with; the page carries the same
/// policy in a meta tag for hosts that cannot set headers.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; \
object-src 'none'; frame-ancestors 'self'";

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt" | "sig") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing anything that leaves it.
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut out = root.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    out.is_file().then_some(out)
}

/// The HTTP date of now, for the `Date` header (the page shows when a policy was fetched).
fn http_date() -> String {
    #[expect(clippy::disallowed_methods, reason = "the server is where the clock is read")]
    let now = std::time::SystemTime::now();
    let seconds = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
}

/// Answers one request on `stream`, then closes the connection. One connection, one
/// request: a browser that opens many connections at once (a page and its service
/// worker) never waits on one that another keeps alive.
fn answer(dir: &Path, mut stream: std::net::TcpStream) {
    use std::io::{BufRead, BufReader, Read, Write};
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
    let mut head = Vec::new();
    {
        let Ok(clone) = stream.try_clone() else { return };
        let mut reader = BufReader::new(clone.take(16 * 1024));
        let mut line = Vec::new();
        // The request line and the headers, up to the empty line (never a body: GET and HEAD only).
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) if line == b"\r\n" || line == b"\n" => break,
                Ok(_) => head.extend_from_slice(&line),
            }
        }
    }
    let head = String::from_utf8_lossy(&head);
    let mut words = head.lines().next().unwrap_or("").split_whitespace();
    let (method, url) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let method_ok = matches!(method, "GET" | "HEAD");
    let file = if method_ok { resolve(dir, url) } else { None };
    let (status, content_type, body) = match file.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((path, bytes)) => ("200 OK", content_type(&path), bytes),
        None if method_ok => ("404 Not Found", "text/plain; charset=utf-8", b"not found\n".to_vec()),
        None => (
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"only GET and HEAD are served here\n".to_vec(),
        ),
    };
    let cache = if status.starts_with("200") {
        "Cache-Control: no-cache\r\n"
    } else {
        ""
    };
    let headers = format!(
        "HTTP/1.1 {status}\r\nDate: {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{cache}\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         Connection: close\r\n\r\n",
        http_date(),
        body.len()
    );
    let _ = stream.write_all(headers.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Serves `dir` on 127.0.0.1:`port` until the process is stopped.
pub fn run(dir: &Path, port: u16) -> Result<(), String> {
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "`{}` has no index.html; build the site first (make serve)",
            dir.display()
        ));
    }
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = listener.local_addr().map_or(port, |a| a.port());
    println!("appcheck is served at http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    for stream in listener.incoming().flatten() {
        let dir = dir.to_path_buf();
        std::thread::spawn(move || answer(&dir, stream));
    }
    Ok(())
}
