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

fn header(name: &str, value: &str) -> Result<tiny_http::Header, String> {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).map_err(|()| format!("bad header {name}"))
}

/// Serves `dir` on 127.0.0.1:`port` until the process is stopped.
pub fn run(dir: &Path, port: u16) -> Result<(), String> {
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "`{}` has no index.html; build the site first (make serve)",
            dir.display()
        ));
    }
    let server =
        tiny_http::Server::http(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = server.server_addr().to_ip().map_or(port, |a| a.port());
    println!("appcheck is served at http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    for request in server.incoming_requests() {
        let method_ok = matches!(request.method(), tiny_http::Method::Get | tiny_http::Method::Head);
        let file = if method_ok { resolve(dir, request.url()) } else { None };
        let response = match file.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
            Some((path, bytes)) => tiny_http::Response::from_data(bytes)
                .with_header(header("Content-Type", content_type(&path))?)
                .with_header(header("Cache-Control", "no-cache")?),
            None => tiny_http::Response::from_data(b"not found\n".to_vec())
                .with_status_code(if method_ok { 404 } else { 405 })
                .with_header(header("Content-Type", "text/plain; charset=utf-8")?),
        };
        let response = response
            .with_header(header("Content-Security-Policy", CSP)?)
            .with_header(header("X-Content-Type-Options", "nosniff")?)
            .with_header(header("Referrer-Policy", "no-referrer")?);
        let _ = request.respond(response);
    }
    Ok(())
}
