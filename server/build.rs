//! Embeds the built widget (widget/dist, made by scripts/build-widget) in the binary, with
//! a gzip and a brotli copy of each file made now rather than on every request. Without a built
//! widget the server still builds; it then answers /widget/ with a clear 404.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs, not baked in when it is compiled: worktrees that share a
    // target directory share this script's binary, and each must embed its own widget.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dist = Path::new(&manifest_dir).join("../widget/dist");
    println!("cargo:rerun-if-changed={}", dist.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut files = Vec::new();
    collect(&dist, &dist, &mut files);
    files.sort();
    let mut code = String::from("pub static WIDGET_FILES: &[WidgetFile] = &[\n");
    for (i, (name, path)) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = std::fs::read(path).expect("read widget file");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).expect("gzip");
        let gz_path = out.join(format!("widget-{i}.gz"));
        std::fs::write(&gz_path, gz.finish().expect("gzip")).expect("write gzip");
        let br_path = out.join(format!("widget-{i}.br"));
        std::fs::write(&br_path, brotli_best(&bytes)).expect("write brotli");
        code.push_str(&format!(
            "    WidgetFile {{ name: {name:?}, raw: include_bytes!({:?}), gzip: include_bytes!({:?}), brotli: include_bytes!({:?}) }},\n",
            path.canonicalize().expect("path").display().to_string(),
            gz_path.display().to_string(),
            br_path.display().to_string()
        ));
    }
    code.push_str("];\n");
    if files.is_empty() {
        println!(
            "cargo:warning=widget/dist is empty: run scripts/build-widget to embed the widget"
        );
    }
    std::fs::write(out.join("widget_files.rs"), code).expect("write widget_files.rs");
}

/// `bytes` at brotli's best quality and largest usual window (what a browser decodes).
fn brotli_best(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes).expect("brotli");
    }
    out
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            files.push((relative.to_string_lossy().replace('\\', "/"), path));
        }
    }
}
