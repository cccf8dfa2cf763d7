//! One inline module script from several ES modules, for the single HTML file: each
//! imported module runs once, in import order, inside its own function, and hands its
//! exports on as an object. It understands only the one-line `import` and `export`
//! forms appcheck's modules and wasm-bindgen's glue use, and refuses anything else
//! with the line, so the single file never runs a misread module.

use super::tree::{dir_of, Files};

/// An `import` statement of one line: the names it binds (`local`, `exported`) and
/// the module it names.
struct Import {
    bindings: Vec<(String, String)>,
    namespace: Option<String>,
    from: String,
}

fn parse_names(list: &str, import: bool) -> Result<Vec<(String, String)>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (outer, inner) = match item.split_once(" as ") {
                Some((a, b)) => (a.trim(), b.trim()),
                None => (item, item),
            };
            // import { a as b }: local b, exported a; export { a as b }: local a, exported b.
            let (local, exported) = if import { (inner, outer) } else { (outer, inner) };
            if local.is_empty() || exported.is_empty() || local.contains(char::is_whitespace) {
                return Err(format!("`{item}` is not a name this build understands"));
            }
            Ok((local.to_owned(), exported.to_owned()))
        })
        .collect()
}

fn quoted(s: &str) -> Option<&str> {
    let s = s.trim().trim_end_matches(';').trim_end();
    ['\'', '"']
        .into_iter()
        .find_map(|q| s.strip_prefix(q).and_then(|rest| rest.strip_suffix(q)))
}

fn parse_import(line: &str) -> Result<Import, String> {
    let rest = line.strip_prefix("import").unwrap_or("").trim();
    if let Some(from) = quoted(rest) {
        return Ok(Import {
            bindings: Vec::new(),
            namespace: None,
            from: from.to_owned(),
        });
    }
    let (clause, from) = rest
        .rsplit_once(" from ")
        .ok_or("write each import on one line, as `import … from '…';`")?;
    let from = quoted(from).ok_or("the module must be a quoted path")?.to_owned();
    let clause = clause.trim();
    if let Some(ns) = clause.strip_prefix("* as ") {
        return Ok(Import {
            bindings: Vec::new(),
            namespace: Some(ns.trim().to_owned()),
            from,
        });
    }
    let (default, named) = match clause.split_once('{') {
        Some((default, named)) => (
            default.trim().trim_end_matches(',').trim(),
            named.strip_suffix('}').ok_or("an import list must end with `}`")?,
        ),
        None => (clause, ""),
    };
    let mut bindings = parse_names(named, true)?;
    if !default.is_empty() {
        bindings.insert(0, (default.to_owned(), "default".to_owned()));
    }
    Ok(Import {
        bindings,
        namespace: None,
        from,
    })
}

/// A module with its import and export statements taken out.
struct Module {
    body: String,
    imports: Vec<Import>,
    /// (local name, exported name)
    exports: Vec<(String, String)>,
}

/// Takes a module's `import` and `export` statements out, understanding only the
/// one-line forms appcheck's modules and wasm-bindgen's glue use; anything else is
/// refused with the line, so the single file never runs a misread module.
fn split_module(path: &str, text: &str) -> Result<Module, String> {
    let mut module = Module {
        body: String::with_capacity(text.len()),
        imports: Vec::new(),
        exports: Vec::new(),
    };
    for (number, line) in text.lines().enumerate() {
        let at = |e: String| format!("{path}:{}: {e}: `{line}`", number + 1);
        if line.starts_with("import ") || line.starts_with("import{") {
            module.imports.push(parse_import(line).map_err(at)?);
            module.body.push('\n'); // keep line numbers
            continue;
        }
        if let Some(rest) = line.strip_prefix("export ") {
            let rest = rest.trim_start();
            if let Some(list) = rest.strip_prefix('{') {
                let list = list
                    .trim_end()
                    .trim_end_matches(';')
                    .strip_suffix('}')
                    .ok_or_else(|| at("write an export list on one line".to_owned()))?;
                if list.contains(" from ") {
                    return Err(at("re-exports are not supported".to_owned()));
                }
                module.exports.extend(parse_names(list, false).map_err(at)?);
                module.body.push('\n');
                continue;
            }
            let declared = [
                "async function* ",
                "async function ",
                "function* ",
                "function ",
                "class ",
                "const ",
                "let ",
                "var ",
            ]
            .iter()
            .find_map(|keyword| rest.strip_prefix(keyword));
            let Some(declared) = declared else {
                return Err(at(
                    "this build joins only `export function|class|const|let|var …` and `export { … }`".to_owned(),
                ));
            };
            let name: String = declared
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            if name.is_empty() {
                return Err(at("a destructuring export is not supported".to_owned()));
            }
            module.exports.push((name.clone(), name));
            module.body.push_str(rest);
            module.body.push('\n');
            continue;
        }
        if line.starts_with("export{") || line.contains("import(") {
            return Err(at("not a form this build can join".to_owned()));
        }
        module.body.push_str(line);
        module.body.push('\n');
    }
    Ok(module)
}

/// Resolves a relative module path against the module that names it.
fn resolve(from: &str, spec: &str) -> Result<String, String> {
    if !(spec.starts_with("./") || spec.starts_with("../")) {
        return Err(format!("`{from}` imports `{spec}`; only relative paths can be joined"));
    }
    let mut parts: Vec<&str> = dir_of(from).split('/').filter(|s| !s.is_empty()).collect();
    for part in spec.split('/') {
        match part {
            "." => {}
            ".." => {
                parts
                    .pop()
                    .ok_or_else(|| format!("`{from}` imports `{spec}`, outside the page"))?;
            }
            part => parts.push(part),
        }
    }
    Ok(parts.join("/"))
}

/// Joins the module `entry` and every module it imports into the text of one inline
/// module script: each imported module runs once, in import order, inside its own
/// function (so their names never meet), and hands its exports on as an object.
pub fn join_modules(files: &Files, entry: &str) -> Result<String, String> {
    fn visit(
        path: &str,
        files: &Files,
        order: &mut Vec<(String, Module)>,
        stack: &mut Vec<String>,
    ) -> Result<(), String> {
        if order.iter().any(|(p, _)| p == path) {
            return Ok(());
        }
        if stack.iter().any(|p| p == path) {
            return Err(format!("`{path}` imports itself through other modules"));
        }
        let bytes = files
            .get(path)
            .ok_or_else(|| format!("the built page has no `{path}` (make site)"))?;
        let text = std::str::from_utf8(bytes).map_err(|_| format!("`{path}` is not UTF-8 text"))?;
        let module = split_module(path, &text.replace("\r\n", "\n"))?;
        stack.push(path.to_owned());
        for import in &module.imports {
            visit(&resolve(path, &import.from)?, files, order, stack)?;
        }
        stack.pop();
        order.push((path.to_owned(), module));
        Ok(())
    }
    let mut order = Vec::new();
    visit(entry, files, &mut order, &mut Vec::new())?;
    let variable = |i: usize| format!("__appcheck_module_{i}");
    let mut out = String::new();
    let count = order.len();
    for (i, (path, module)) in order.iter().enumerate() {
        let mut head = String::new();
        for import in &module.imports {
            let target = resolve(path, &import.from)?;
            let source = order
                .iter()
                .position(|(p, _)| *p == target)
                .map(variable)
                .ok_or_else(|| format!("`{target}` was not joined"))?;
            if let Some(ns) = &import.namespace {
                head.push_str(&format!("const {ns} = {source}; "));
            }
            if !import.bindings.is_empty() {
                let names: Vec<String> = import
                    .bindings
                    .iter()
                    .map(|(local, exported)| {
                        if local == exported {
                            local.clone()
                        } else {
                            format!("{exported}: {local}")
                        }
                    })
                    .collect();
                head.push_str(&format!("const {{ {} }} = {source}; ", names.join(", ")));
            }
        }
        out.push_str(&format!("// {path}\n"));
        if i + 1 == count {
            // The entry runs at the top level, so its top-level await waits for the page.
            out.push_str(&format!("{{ {head}\n{}}}\n", module.body));
        } else {
            let exports: Vec<String> = module
                .exports
                .iter()
                .map(|(local, exported)| format!("{exported}: {local}"))
                .collect();
            out.push_str(&format!(
                "const {} = await (async () => {{ {head}\n{}return {{ {} }};\n}})();\n",
                variable(i),
                module.body,
                exports.join(", ")
            ));
        }
    }
    Ok(out)
}

/// [`join_modules`]'s script as a classic script, for a Web Worker started from a `blob:`
/// by a page that has no origin (a file opened from disk), where Chromium loads no module
/// worker: the whole inside one async function (its `await`s were top-level), and
/// `import.meta.url` as `self.location.href` (in a worker, its script's URL too). Any
/// other use of `import.meta` is refused. A failure while it starts is thrown again
/// from a task, so the page sees the worker's `error` event.
pub fn as_classic_worker(script: &str) -> Result<String, String> {
    let script = script.replace("import.meta.url", "self.location.href");
    if script.contains("import.meta") {
        return Err(
            "the worker's modules use `import.meta` beyond `import.meta.url`, which a classic worker has not".into(),
        );
    }
    Ok(format!(
        "(async () => {{\n{script}}})().catch((error) => setTimeout(() => {{ throw error; }}));\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::super::tree::from_texts as files;
    use super::*;

    #[test]
    fn modules_join_into_one_script() {
        let app = files(&[
            ("pkg/glue.js", "export function check(r) { return r; }\nfunction init() {}\nexport { init as default };\n"),
            ("www/api.js", "import init, { check as inner } from '../pkg/glue.js';\nexport async function check(r) { init(); return inner(r); }\n"),
            ("www/main.js", "import { check } from './api.js';\nawait check(1);\n"),
        ]);
        let script = join_modules(&app, "www/main.js").unwrap();
        assert!(
            script.contains("const __appcheck_module_0 = await (async () => { \nfunction check(r)"),
            "{script}"
        );
        assert!(script.contains("return { check: check, default: init };"), "{script}");
        assert!(
            script.contains("const { default: init, check: inner } = __appcheck_module_0;"),
            "{script}"
        );
        assert!(
            script.contains("{ const { check } = __appcheck_module_1; \n\nawait check(1);\n}"),
            "{script}"
        );
        assert!(!script.contains("import ") && !script.contains("export "), "{script}");

        let bad = files(&[("a.js", "export default 1;\n")]);
        assert!(join_modules(&bad, "a.js").unwrap_err().contains("a.js:1:"));
        let multi = files(&[("a.js", "import {\n  x\n} from './b.js';\n")]);
        assert!(join_modules(&multi, "a.js").unwrap_err().contains("one line"));
    }

    #[test]
    fn a_classic_worker_is_one_async_function_without_import_meta() {
        let app = files(&[
            (
                "pkg/glue.js",
                "export function at() { return new URL('x.wasm', import.meta.url); }\n",
            ),
            (
                "www/worker.js",
                "import { at } from '../pkg/glue.js';\nself.onmessage = () => at();\n",
            ),
        ]);
        let classic = as_classic_worker(&join_modules(&app, "www/worker.js").unwrap()).unwrap();
        assert!(
            classic.starts_with("(async () => {\n// pkg/glue.js\nconst __appcheck_module_0 = await"),
            "{classic}"
        );
        assert!(classic.contains("new URL('x.wasm', self.location.href)"), "{classic}");
        assert!(
            classic.ends_with("}\n})().catch((error) => setTimeout(() => { throw error; }));\n"),
            "{classic}"
        );
        assert!(!classic.contains("import.meta"), "{classic}");
        assert!(as_classic_worker("const m = import.meta;\n")
            .unwrap_err()
            .contains("import.meta"));
    }
}
