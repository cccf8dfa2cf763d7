//! A small static file server for previewing the built site on 127.0.0.1.
//!
//! It sends what a production host should send (the `.wasm` MIME type, the
//! Content-Security-Policy, the page revalidated and the files whose names carry a
//! content hash kept for a year, as `pkg-config/hosting/` does), so that what works here works
//! behind a real web server configured from `pkg-config/`. It is for previews on this
//! machine, not for production: it answers only requests addressed to 127.0.0.1 or
//! localhost (so a web page on another name, pointed here by DNS rebinding, reads
//! nothing), serves only files inside the site folder (no symbolic link leads out),
//! drops a client that takes more than a few seconds to send its request, however it
//! trickles it, or more than half a minute to read its answer, serves no hidden file
//! (`.env`, `.git/`), and at its limits (connections at once, file descriptors) lets new
//! clients wait in the listen queue rather than resetting them. Like the shipped server
//! configurations, it sends the brotli or gzip copy `appcheck build` wrote beside a
//! file (`.br`, `.gz`) to a browser that accepts it.

use std::path::{Component, Path, PathBuf};

/// The Content-Security-Policy the site is served with; the page carries the same
/// policy in a meta tag for hosts that cannot set headers.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; \
object-src 'none'; frame-ancestors 'self'";

/// What the page asks for none of (pkg-config/hosting/README.md): no camera, microphone,
/// place, payment or device port, for it or any frame in it.
pub const PERMISSIONS: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()";

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

/// Maps a request path to a file under `root`, refusing anything that leaves it,
/// through `..` or through a symbolic link.
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let file = resolve_path(root, url)?;
    let inside = std::fs::canonicalize(&file).ok()?;
    inside.starts_with(std::fs::canonicalize(root).ok()?).then_some(inside)
}

/// Whether a `Host` header names this machine: `127.0.0.1`, `localhost` or `[::1]`,
/// with or without a port.
fn local_host(host: &str) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let name = if host.starts_with('[') {
        host.split(']').next().map(|h| format!("{h}]")).unwrap_or_default()
    } else {
        host.split(':').next().unwrap_or("").to_owned()
    };
    matches!(name.as_str(), "127.0.0.1" | "localhost" | "[::1]")
}

/// How many clients are answered at once (a thread each).
const MAX_CONNECTIONS: usize = 64;

/// Whether an `Accept-Encoding` header accepts `coding` (named, or `*`, with a weight
/// above zero).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    let mut star = false;
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let weight = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            return weight > 0.0;
        }
        star |= name == "*" && weight > 0.0;
    }
    star
}

/// The copy of `file` to send for a request that accepts `accept_encoding`: brotli, then
/// gzip, when the build wrote one beside it inside `root`; with its `Content-Encoding`.
fn encoded(root: &Path, file: &Path, accept_encoding: &str) -> Option<(PathBuf, &'static str)> {
    let root = std::fs::canonicalize(root).ok()?;
    [("br", "br"), ("gz", "gzip")]
        .into_iter()
        .filter(|(_, coding)| accepts(accept_encoding, coding))
        .find_map(|(ext, coding)| {
            let mut name = file.as_os_str().to_owned();
            name.push(format!(".{ext}"));
            let copy = std::fs::canonicalize(PathBuf::from(name)).ok()?;
            (copy.starts_with(&root) && copy.is_file()).then_some((copy, coding))
        })
}

/// How long a client may take to read its whole answer, from its request's start.
const SEND_TIME: std::time::Duration = std::time::Duration::from_secs(30);

/// How long a client may take to send its whole request.
const REQUEST_TIME: std::time::Duration = std::time::Duration::from_secs(5);

/// The file a request's path names under `root`: its percent-escapes decoded (`%20`),
/// never above `root` (`..`, escaped or not), never a hidden file or folder (`.env`,
/// `.git/`), which no site has.
fn resolve_path(root: &Path, url: &str) -> Option<PathBuf> {
    // (Its `%XX` escapes decoded; no path with a NUL.)
    let path =
        appcheck::text::percent_decoded(url.split(['?', '#']).next().unwrap_or("")).filter(|p| !p.contains('\0'))?;
    let mut out = root.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) if !part.to_string_lossy().starts_with('.') => out.push(part),
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
    use std::io::{Read, Write};
    #[expect(clippy::disallowed_methods, reason = "the server is where the clock is read")]
    let started = std::time::Instant::now();
    let _ = stream.set_write_timeout(Some(SEND_TIME));
    let mut head = Vec::new();
    let mut complete = false;
    // The request line and the headers, up to the empty line (never a body: GET and
    // HEAD only), all within REQUEST_TIME: each read waits only for the time left, so a
    // client that trickles a byte a second is dropped like one that stalls.
    let mut chunk = [0_u8; 2048];
    while head.len() < 16 * 1024 {
        let left = REQUEST_TIME.saturating_sub(started.elapsed());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match (&stream).read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(chunk.get(..n).unwrap_or_default()),
        }
        let end = |pattern: &[u8]| head.windows(pattern.len()).position(|w| w == pattern);
        if let Some(at) = end(b"\r\n\r\n").or_else(|| end(b"\n\n")) {
            head.truncate(at);
            complete = true;
            break;
        }
    }
    if !complete {
        // (A head larger than the server reads is told so; a client too slow, let go.)
        if head.len() >= 16 * 1024 {
            let _ = stream.write_all(
                b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
        let _ = stream.shutdown(std::net::Shutdown::Both);
        return;
    }
    let head = String::from_utf8_lossy(&head);
    let mut lines = head.lines();
    let mut words = lines.next().unwrap_or("").split_whitespace();
    let (method, url) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let headers: Vec<(&str, &str)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(name, value)| (name.trim(), value.trim()))
        .collect();
    let header = |wanted: &str| {
        headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(_, value)| (*value).to_owned())
    };
    let host = header("host");
    let accept_encoding = header("accept-encoding").unwrap_or_default();
    if !host.as_deref().is_some_and(local_host) {
        let body = b"this preview server answers only requests for 127.0.0.1 or localhost\n";
        let _ = write!(
            stream,
            "HTTP/1.1 421 Misdirected Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(body);
        let _ = stream.shutdown(std::net::Shutdown::Both);
        return;
    }
    let method_ok = matches!(method, "GET" | "HEAD");
    let file = if method_ok { resolve(dir, url) } else { None };
    // The file's type; the bytes of its compressed copy when the request accepts one.
    let found = file.map(|f| {
        let (sent, coding) = match encoded(dir, &f, &accept_encoding) {
            Some((copy, coding)) => (copy, Some(coding)),
            None => (f.clone(), None),
        };
        read_file(&sent).map(|b| (f, coding, b))
    });
    // (A name that carries a content hash is only ever one content: kept for a year.)
    let mut hashed = false;
    let (status, content_type, coding, body) = match found {
        Some(Ok((path, coding, bytes))) => {
            hashed = crate::build::hash::is_hashed(&path.to_string_lossy());
            ("200 OK", content_type(&path), coding, bytes)
        }
        Some(Err(Busy)) => (
            "503 Service Unavailable",
            "text/plain; charset=utf-8",
            None,
            b"the preview server has too many files open to read this one; try again\n".to_vec(),
        ),
        None | Some(Err(Missing)) if method_ok => (
            "404 Not Found",
            "text/plain; charset=utf-8",
            None,
            b"not found\n".to_vec(),
        ),
        _ => (
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            None,
            b"only GET and HEAD are served here\n".to_vec(),
        ),
    };
    let mut cache = if status.starts_with("200") {
        let keep = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        format!("Cache-Control: {keep}\r\nVary: Accept-Encoding\r\n")
    } else {
        String::new()
    };
    if let Some(coding) = coding {
        cache.push_str(&format!("Content-Encoding: {coding}\r\n"));
    }
    let headers = format!(
        "HTTP/1.1 {status}\r\nDate: {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{cache}\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         Permissions-Policy: {PERMISSIONS}\r\nCross-Origin-Opener-Policy: same-origin\r\nConnection: close\r\n\r\n",
        http_date(),
        body.len()
    );
    // (Within SEND_TIME from the request's start, however slowly the client reads: each
    // write waits only for the time left, so clients that never read free their threads.)
    let mut out = headers.into_bytes();
    if method != "HEAD" {
        out.extend_from_slice(&body);
    }
    for piece in out.chunks(64 * 1024) {
        let left = SEND_TIME.saturating_sub(started.elapsed());
        if left.is_zero() || stream.set_write_timeout(Some(left)).is_err() || stream.write_all(piece).is_err() {
            break;
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Why a file was not read.
enum Unread {
    /// Not there, or not readable: 404.
    Missing,
    /// Out of file descriptors for longer than [`BUSY_WAIT`]: 503.
    Busy,
}
use Unread::{Busy, Missing};

/// How long a request waits for a file descriptor to open its file with: other clients'
/// connections close within their request's time limit.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// A file's bytes. Out of file descriptors (EMFILE, ENFILE: the connection was accepted
/// with the last one), the request waits for one, as the accept loop does, and is told
/// "try again" after [`BUSY_WAIT`], never "not found".
fn read_file(path: &Path) -> Result<Vec<u8>, Unread> {
    let step = std::time::Duration::from_millis(50);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match std::fs::read(path) {
            Ok(bytes) => return Ok(bytes),
            Err(e) if matches!(e.raw_os_error(), Some(23 | 24)) && cfg!(unix) => {
                if waited >= BUSY_WAIT {
                    return Err(Busy);
                }
                std::thread::sleep(step);
                waited += step;
            }
            Err(_) => return Err(Missing),
        }
    }
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
    let open = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    loop {
        // At most MAX_CONNECTIONS at once; the rest wait in the kernel's listen queue.
        while open.load(std::sync::atomic::Ordering::Acquire) >= MAX_CONNECTIONS {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            // Out of file descriptors (or another passing failure): the connection stays
            // queued; wait for a client to finish rather than spinning on accept.
            Err(_) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
                continue;
            }
        };
        let dir = dir.to_path_buf();
        let count = std::sync::Arc::clone(&open);
        count.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        let spawned = std::thread::Builder::new().spawn(move || {
            answer(&dir, stream);
            count.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
        });
        if spawned.is_err() {
            open.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
        }
    }
}
