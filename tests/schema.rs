//! The published JSON Schemas (`docs/*.schema.json`) are generated from the types the
//! loader reads; this test fails when they drift apart. `UPDATE_EXPECT=1` rewrites them.

#![cfg(all(not(target_arch = "wasm32"), feature = "schema"))]

use std::path::PathBuf;

#[test]
fn the_published_schemas_match_the_loader() {
    let docs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs");
    for (name, schema) in appcheck::policy::json_schemas() {
        let actual = appcheck::api::to_json(&schema) + "\n";
        let path = docs.join(name);
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, &actual).unwrap();
        } else {
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == actual,
                "{name} is out of date: run UPDATE_EXPECT=1 cargo test --test schema"
            );
        }
    }
}

#[test]
fn the_schema_knows_every_top_level_field_of_the_shipped_policies() {
    let [(_, policy), _] = appcheck::policy::json_schemas();
    let properties = policy["properties"].as_object().unwrap();
    assert_eq!(
        policy["additionalProperties"], false,
        "unknown fields are errors, in the schema too"
    );
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pkg-config/policies");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") || path.ends_with("index.json") {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for key in value.as_object().unwrap().keys() {
            assert!(
                properties.contains_key(key),
                "{}: `{key}` is not in the schema",
                path.display()
            );
        }
    }
}
