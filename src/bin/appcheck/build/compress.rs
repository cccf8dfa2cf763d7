//! The site's files compressed once, at build time: a brotli (`.br`) and a gzip (`.gz`)
//! copy beside every text and Wasm file, at the strongest settings, which a server
//! sends as they are to a browser that accepts them (`appcheck serve`, nginx's
//! `gzip_static`, Apache's rewrite to the variant, Caddy's `precompressed`). Nothing is
//! compressed per request, and nothing goes out raw to a browser that takes either.
//! The copies are written with the files they stand for, in the same build: a copy
//! older than its file would be served in its place (hence README's "copy the whole
//! folder").

use std::io::Write;

use super::tree::Files;

/// The extensions of the files that are compressed: text and the Wasm module. (Images
/// other than SVG are compressed already.)
const COMPRESSED: &[&str] = &["html", "js", "mjs", "css", "json", "sig", "svg", "txt", "wasm"];

/// Whether `path` is a file the build writes compressed copies of.
pub fn compressible(path: &str) -> bool {
    path.rsplit_once('.').is_some_and(|(_, ext)| COMPRESSED.contains(&ext))
}

/// The `.br` and `.gz` copies of every compressible file in `files`, by their paths
/// (`www/app.0a673ac71b.js.br`). A copy that would not be smaller is not made: the
/// server then sends the file itself.
pub fn compressed_copies(files: &Files) -> Result<Files, String> {
    let mut out = Files::new();
    for (path, bytes) in files.iter().filter(|(path, _)| compressible(path)) {
        let br = brotli(bytes)?;
        if br.len() < bytes.len() {
            out.insert(format!("{path}.br"), br);
        }
        let gz = gzip(bytes)?;
        if gz.len() < bytes.len() {
            out.insert(format!("{path}.gz"), gz);
        }
    }
    Ok(out)
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| format!("brotli: {e}"))?;
    Ok(out)
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    encoder.finish().map_err(|e| format!("gzip: {e}"))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn text_and_wasm_get_both_copies_which_decompress_to_the_file() {
        let text = "let policy = 'TikTok';\n".repeat(200);
        let files: Files = [
            ("www/app.0a673ac71b.js".to_owned(), text.clone().into_bytes()),
            ("pkg/appcheck_bg.0a673ac71b.wasm".to_owned(), text.clone().into_bytes()),
            ("www/logo.png".to_owned(), text.clone().into_bytes()),
            ("tiny.json".to_owned(), b"{}".to_vec()),
        ]
        .into();
        let copies = compressed_copies(&files).unwrap();
        assert_eq!(
            copies.keys().map(String::as_str).collect::<Vec<_>>(),
            [
                "pkg/appcheck_bg.0a673ac71b.wasm.br",
                "pkg/appcheck_bg.0a673ac71b.wasm.gz",
                "www/app.0a673ac71b.js.br",
                "www/app.0a673ac71b.js.gz",
            ],
            "a PNG is compressed already, and two bytes do not get smaller"
        );
        let mut gunzipped = String::new();
        flate2::read::GzDecoder::new(&copies["www/app.0a673ac71b.js.gz"][..])
            .read_to_string(&mut gunzipped)
            .unwrap();
        assert_eq!(gunzipped, text);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &copies["www/app.0a673ac71b.js.br"][..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, text.as_bytes());
    }
}
