//! Structured text read generically: JSON, XML (property lists, MDM records) and HTML
//! (tables, lists), at any depth.
//!
//! Device-management records put the apps wherever their schema does: three levels
//! down in a Jamf computer record, under each device's id in `cfgutil` output, in a
//! table of a saved console page. Rather than one reader per shape, each document is
//! parsed into one small tree of keyed nodes with their line numbers, and one rule
//! finds the apps in it: a record (object, element) with a field whose key names an
//! app or an identifier (`name`, `displayName`, `bundleIdentifier`, `packageName`,
//! `application_name`, …) is an app — unless it holds apps itself (a device record
//! with a `name`), or lies outside the app containers (`applications`, `apps`,
//! `software`, …) when the document has any. Every line of a document that parses is
//! accounted for as its structure; what the rule leaves out is still searched by the
//! whole-text sweep.

use super::{AppList, Entry, Format, Mention};
use crate::case::Lower;

/// A node of a parsed document: its key (object key, element or header name), the line
/// it starts on, and its value.
#[derive(Debug)]
pub(super) struct Node {
    key: String,
    line: usize,
    value: Value,
}

#[derive(Debug)]
enum Value {
    Text(String),
    /// An object or element: its fields and children, in order.
    Record(Vec<Node>),
    /// An array, or the rows of a table: each item has the list's key.
    List(Vec<Node>),
}

/// Documents nested deeper than this are not read as trees (they are read as lines).
const MAX_DEPTH: usize = 200;

/// A JSON text of more documents than this one after the other is not read as a tree.
const MAX_DOCUMENTS: usize = 10_000;

/// Header cells and keys (folded: letters and digits, lower case) that name an app,
/// the most specific first: CSV headers, table columns, JSON keys and XML elements
/// alike.
pub(super) const NAME_KEYS: &[&str] = &[
    "applicationname",
    "appname",
    "name",
    "displayname",
    "title",
    "application",
    "app",
    "label",
    "mobiledeviceapplicationapplicationname",
    "cfbundledisplayname",
    "appdisplayname",
    "softwarename",
    "softwaretitle",
    "product",
    "productname",
    "programname",
    "itunesname",
    "bundlename",
    "cfbundlename",
    "localizedname",
    // Other languages' headers: Spanish, French, Portuguese, Italian, German, Chinese,
    // Japanese.
    "nombre",
    "nombredelaapp",
    "nom",
    "nomdelapplication",
    "nome",
    "nomeapp",
    "nomedoapp",
    "anwendung",
    "anwendungsname",
    "aplicación",
    "aplicacion",
    "nombredelaaplicación",
    "nombredelaaplicacion",
    "aplicativo",
    "applicazione",
    "nomedellapp",
    // (Dutch and Polish.)
    "naam",
    "appnaam",
    "applicatie",
    "nazwa",
    "nazwaaplikacji",
    "aplikacja",
    "应用名称",
    "应用",
    "名称",
    "アプリ名",
    "アプリ",
    // (Jamf's Advanced Search `Application Title`, Lansweeper's `Software`, Configuration
    // Manager's views `DisplayName0`.)
    "applicationtitle",
    "apptitle",
    "software",
    "displayname0",
];

/// Header cells and keys that identify an app, the most specific first; a bare `id`
/// last.
pub(super) const ID_KEYS: &[&str] = &[
    "bundleid",
    "bundleidentifier",
    "identifier",
    "applicationidentifier",
    "packagename",
    "package",
    "packageidentifier",
    "appid",
    "applicationid",
    "cfbundleidentifier",
    "packageid",
    "appidentifier",
    // (A package in the other languages: German, French, Spanish, Italian, Portuguese,
    // Dutch, Polish.)
    "paket",
    "paketname",
    "paquet",
    "nomdupaquet",
    "paquete",
    "pacchetto",
    "pacote",
    "pakket",
    "pakketnaam",
    "pakiet",
    "nazwapakietu",
    "mobiledeviceapplicationidentifier",
    "storeurl",
    "appstoreurl",
    "url",
    "link",
    "trackid",
    "adamid",
    "itunesstoreid",
    "id",
];

/// Keys whose value says whether the app is installed.
const STATUS_KEYS: &[&str] = &[
    "status",
    "state",
    "installstate",
    "installstatus",
    "installationstatus",
    "appinstallstate",
    "installed",
    "isinstalled",
    "removed",
];

/// Status values that say the app is not (or no longer) there.
pub(super) fn status_says_gone(key: &str, value: &str) -> bool {
    let value = fold(value);
    match key {
        "installed" | "isinstalled" => matches!(value.as_str(), "false" | "no" | "0"),
        "removed" => matches!(value.as_str(), "true" | "yes" | "1"),
        _ => [
            "uninstalled",
            "removed",
            "notinstalled",
            "deleted",
            "uninstallpending",
            "pendinguninstall",
            "notpresent",
            "absent",
            "entfernt",
            "deinstalliert",
            "nichtinstalliert",
            "désinstallé",
            "noninstallé",
            "desinstalado",
            "noinstalado",
            "eliminado",
        ]
        .contains(&value.as_str()),
    }
}

pub(super) fn is_status_key(key: &str) -> bool {
    STATUS_KEYS.contains(&key)
}

/// Keys of containers that hold apps.
fn holds_apps(key: &str) -> bool {
    ["app", "software", "package", "program", "bundle", "install"]
        .iter()
        .any(|w| key.contains(w))
        && !is_not_apps(key)
}

/// Keys of containers whose named records are not apps.
fn is_not_apps(key: &str) -> bool {
    [
        "font",
        "plugin",
        "certificate",
        "profile",
        "attribute",
        "account",
        "user",
        "group",
        "printer",
        "disk",
        "partition",
        "volume",
        "network",
        "interface",
        "service",
        "location",
        "department",
        "building",
        "site",
        "policy",
        "policies",
        "script",
        "extension",
        "update",
        "patch",
        "hardware",
        "settings",
        "permission",
        "entitlement",
    ]
    .iter()
    .any(|w| key.contains(w))
        && !matches!(key, "installedapps" | "deviceapps" | "deviceapplications")
}

/// A key folded for comparison: letters and digits, lower case (`CFBundleIdentifier`,
/// `bundle_id`, `Bundle ID` → `cfbundleidentifier`, `bundleid`, `bundleid`).
pub fn fold(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(crate::case::chars)
        .collect()
}

/// Reads a JSON document; `None` when the text is not one JSON value.
pub(super) fn json(input: &str) -> Option<AppList> {
    let mut parser = JsonParser {
        bytes: input.as_bytes(),
        text: input,
        at: 0,
        line: 1,
    };
    parser.space();
    let root = parser.value(String::new(), 0)?;
    parser.space();
    // (Several documents one after the other, as pages of an API's answer saved to one
    // file or a tool's output and then its error, `cfgutil`'s: each read as the first,
    // in a list of them; JSON Lines alike.)
    let mut documents = vec![root];
    while parser.at < parser.bytes.len() && documents.len() < MAX_DOCUMENTS {
        documents.push(parser.value(String::new(), 0)?);
        parser.space();
    }
    if parser.at < parser.bytes.len() {
        return None;
    }
    // (Only a text that names JSON:API's attributes is walked for them.)
    let api = input.contains("\"attributes\"");
    if documents.len() > 1 {
        let root = Node {
            key: String::new(),
            line: 1,
            value: Value::List(documents.into_iter().map(|d| shaped(d, api)).collect()),
        };
        let mut list = extract(&root, Format::Json, parser.line);
        said_of_documents(&root, items(&root), &mut list);
        return Some(list);
    }
    let root = documents.pop()?;
    let root = shaped(root, api);
    let format = match &root.value {
        Value::Record(fields) if fields.iter().any(|f| fold(&f.key) == "spapplicationsdatatype") => {
            Format::MacSystemProfiler
        }
        _ => Format::Json,
    };
    let mut list = extract(&root, format, parser.line);
    said_of_documents(&root, std::slice::from_ref(&root), &mut list);
    Some(list)
}

/// The notes on what a JSON text (`root`, its `documents`: itself, or the documents one
/// after the other in it) says of its apps: that the list is one page of several or
/// more than it holds, that a device is missing, a tool's errors, winget's export.
fn said_of_documents(root: &Node, documents: &[Node], list: &mut AppList) {
    device_said_short(root, list.entries.len(), &mut list.notes);
    // One page of several, as an API pages a long answer (Microsoft Graph's
    // `@odata.nextLink` and `@odata.count`, Google's `nextPageToken`, `hasMore`,
    // `truncated`, `next`, `next_page`, `page` of `pages`, a `total` or a `count` above the
    // apps read), at the top or in an object beside the apps (`meta.total`, `paging.next`,
    // `links.next`, `pageInfo.hasNextPage`, `metadata.total_record_count`): the rest of the
    // list is not here.
    // (And, at any depth, what a record says of a list of apps beside it: a device's
    // `detectedApps@odata.nextLink`, a `detectedApps@odata.count` or Jamf's `{"size": 9,
    // "application": […]}` above the apps, a device's list left empty beside others' apps.)
    if let Some(field) = list_said_short(root, list.entries.len(), 0) {
        list.notes.push(super::Note {
            line: field.line,
            skipped: super::Skipped::Elsewhere {
                excerpt: field.key.clone(),
            },
        });
    }
    // (A count of the apps at any depth, under a key that says it counts apps, a device's
    // `app_count = 21` beside its `[[apps]]`: more than the apps read.)
    if let Some(field) = apps_counted(root, 0)
        .filter(|(_, n)| *n > list.entries.len())
        .map(|(f, _)| f)
    {
        list.notes.push(super::Note {
            line: field.line,
            skipped: super::Skipped::Elsewhere {
                excerpt: field.key.clone(),
            },
        });
    }
    // (The keys of a document's lists: a page's, `value`, `mobiledevices`.)
    let lists = |document: &Node| -> Vec<String> {
        items(document)
            .iter()
            .filter(|f| matches!(f.value, Value::List(_)))
            .map(|f| fold(&f.key))
            .collect()
    };
    for (i, document) in documents.iter().enumerate() {
        // (An array's records that name no app, an error among pages: `[{"value": …},
        // {"error": …}]`.)
        if let (Value::List(_), Some((line, message))) = (&document.value, errors(std::slice::from_ref(document), 0)) {
            list.notes.push(super::Note {
                line,
                skipped: super::Skipped::ToolMessage {
                    excerpt: super::account::excerpt(&message),
                },
            });
        }
        if let Value::Record(fields) = &document.value {
            // (A page followed by the next, a document of the same lists: its link to the
            // next is met.)
            let next = documents
                .get(i + 1)
                .is_some_and(|next| !lists(document).is_empty() && lists(next) == lists(document));
            if let Some(field) = paging(fields, list.entries.len(), 0).filter(|_| !next) {
                list.notes.push(super::Note {
                    line: field.line,
                    skipped: super::Skipped::Elsewhere {
                        excerpt: field.key.clone(),
                    },
                });
            }
            // A note beside the apps that says, as a typed line would, that they are not all
            // (`"note": "showing first 3 of 12"`, `"_comment": "list truncated"`), or a
            // screenshot or an attachment that holds them (`"screenshot": "apps.png"`).
            if let Some(field) = noted_short(fields, list.entries.len()) {
                list.notes.push(super::Note {
                    line: field.line,
                    skipped: super::Skipped::Elsewhere {
                        excerpt: match &field.value {
                            Value::Text(text) => format!("{}: {}", field.key, super::account::excerpt(text)),
                            _ => field.key.clone(),
                        },
                    },
                });
            }
            // A tool's errors beside what it read (`cfgutil --format JSON`'s `"Errors":
            // {"<ECID>": {"Message": "The device is locked with a passcode."}}`): what it could
            // not read is not here.
            if let Some((line, message)) = errors(fields, 0) {
                list.notes.push(super::Note {
                    line,
                    skipped: super::Skipped::ToolMessage {
                        excerpt: super::account::excerpt(&message),
                    },
                });
            }
            // (`cfgutil --format JSON`'s devices asked, `"Devices": ["0x1A…", "0x7F…"]`, one
            // with no output of its own: its apps are not here.)
            let field = |key: &str| fields.iter().find(|f| fold(&f.key) == key);
            if let (Some(asked), Some(output)) = (field("devices"), field("output")) {
                // (Its errors beside its output or in it.)
                let errors = field("errors")
                    .into_iter()
                    .chain(items(output).iter().filter(|o| fold(&o.key) == "errors"));
                let failed: Vec<&str> = errors.flat_map(items).map(|e| e.key.as_str()).collect();
                let answered = |ecid: &str| items(output).iter().any(|o| o.key == ecid) || failed.contains(&ecid);
                let missing = items(asked)
                    .iter()
                    .find(|d| matches!(&d.value, Value::Text(ecid) if !ecid.is_empty() && !answered(ecid)));
                if let (Some(device), Value::Record(_)) = (missing, &output.value) {
                    list.notes.push(super::Note {
                        line: device.line,
                        skipped: super::Skipped::Elsewhere {
                            excerpt: match &device.value {
                                Value::Text(ecid) => format!("{}: {ecid}", asked.key),
                                _ => asked.key.clone(),
                            },
                        },
                    });
                }
            }
            // `winget export`'s file lists only the apps a winget source has: any other app
            // installed is left out of it (winget says so on its console, not in the file).
            let winget = fields.iter().find(|f| {
                matches!(&f.value, Value::Text(t) if fold(&f.key) == "schema" && t.contains("winget-packages"))
                    || fold(&f.key) == "wingetversion"
            });
            if let Some(field) = winget {
                list.notes.push(super::Note {
                    line: field.line,
                    skipped: super::Skipped::Elsewhere {
                        excerpt: format!("{}: winget export", field.key),
                    },
                });
            }
        }
    }
}

/// Keys (folded) that count a document's apps: `app_count`, `numberOfApps`,
/// `installedAppsCount`.
const APP_COUNT_KEYS: &[&str] = &[
    "appcount",
    "appscount",
    "applicationcount",
    "applicationscount",
    "numapps",
    "numberofapps",
    "numberofapplications",
    "totalapps",
    "totalapplications",
    "appstotal",
    "installedappcount",
    "installedappscount",
    "installedapplicationcount",
    "installedapplicationscount",
    "appsinstalledcount",
    "softwarecount",
    "packagecount",
    "packagescount",
    "numpackages",
    "totalpackages",
];

/// The first field at any depth whose key counts apps ([`APP_COUNT_KEYS`]), with its number.
fn apps_counted(node: &Node, depth: usize) -> Option<(&Node, usize)> {
    match &node.value {
        Value::Text(text) => APP_COUNT_KEYS
            .contains(&fold(&node.key).as_str())
            .then(|| text.trim().parse::<usize>().ok())
            .flatten()
            .map(|n| (node, n)),
        Value::Record(children) | Value::List(children) if depth < MAX_DEPTH => {
            children.iter().find_map(|child| apps_counted(child, depth + 1))
        }
        _ => None,
    }
}

/// A document's field beside its apps, at its top, that says they are not all: a note's or
/// a comment's text that a typed list's line would say so with ([`super::formats::says_not_whole`],
/// or a count above the `read` apps, `"note": "showing first 3 of 12"`), or a screenshot
/// or an attachment, not empty (the list is in it). Not in an app's record, where a
/// description may say `and more`.
fn noted_short(fields: &[Node], read: usize) -> Option<&Node> {
    fields.iter().find_map(|f| {
        let key = fold(&f.key);
        let key = key.trim_start_matches('_');
        // (A note in the document's facts: `"meta": {"note": "partial list"}`.)
        if let Value::Record(inner) = &f.value {
            return matches!(key, "meta" | "metadata" | "info" | "summary" | "notes")
                .then(|| noted_short(inner, read))
                .flatten();
        }
        let short = match &f.value {
            Value::Text(text)
                if matches!(
                    key,
                    "note" | "notes" | "comment" | "comments" | "remark" | "remarks" | "description" | "message"
                ) =>
            {
                let text = crate::text::trim(text);
                text.len() <= 200
                    && (super::formats::says_not_whole(text)
                        || matches!(
                            crate::case::lower(text).trim_end_matches('.'),
                            "incomplete"
                                | "partial"
                                | "partial list"
                                | "incomplete list"
                                | "truncated"
                                | "not complete"
                                | "unvollständig"
                                | "incomplet"
                                | "incomplète"
                                | "incompleta"
                                | "parcial"
                        )
                        || super::formats::stated_total(text).is_some_and(|total| total > read))
            }
            // (Not a signature's logo or icon, nor none: `0`, `n/a`.)
            Value::Text(text)
                if matches!(
                    key,
                    "screenshot" | "screenshots" | "attachment" | "attachments" | "image" | "images"
                ) =>
            {
                picture_of_list(text)
            }
            Value::List(items)
                if matches!(
                    key,
                    "screenshots" | "attachments" | "screenshot" | "attachment" | "images"
                ) =>
            {
                items.iter().any(|i| match &i.value {
                    Value::Text(t) => picture_of_list(t),
                    _ => true,
                })
            }
            _ => false,
        };
        short.then_some(f)
    })
}

/// Whether a document's screenshot or attachment may hold the list: a picture or a
/// spreadsheet, or a file named for the list (not none, `0`, `n/a`, nor a signed form), and
/// not a signature's logo or icon.
fn picture_of_list(text: &str) -> bool {
    let text = crate::text::trim(text);
    let lower = crate::case::lower(text);
    // (A picture or a spreadsheet, or a file that says it is the list; not a signed form.)
    let kind = [
        ".png", ".jpg", ".jpeg", ".heic", ".gif", ".webp", ".bmp", ".xlsx", ".xls", ".csv", ".numbers", ".ods", ".txt",
    ]
    .iter()
    .any(|e| lower.ends_with(e))
        || ["screenshot", "apps", "list", "liste", "lista", "inventory"]
            .iter()
            .any(|w| lower.contains(w));
    kind && !["logo", "signature", "icon", "avatar", "banner"]
        .iter()
        .any(|w| lower.contains(w))
}

/// The line and message of a tool's errors in a JSON answer's object (or an object in it,
/// three deep at most; never inside an array, where the apps' records are): a field named
/// `errors`, `error`, `failures` or `failed` that says something (not `null`, `false`,
/// `0`, `""`, `[]`, `{}`, `No error`, `success`, a code of 0 or 200, nor an object of only
/// those: `{"code": 0, "message": ""}`, `{"count": 0}`). The message is the first `message` text inside, else the
/// field's own text, else its name.
fn errors(fields: &[Node], depth: usize) -> Option<(usize, String)> {
    fn message(node: &Node) -> Option<String> {
        match &node.value {
            Value::Text(t) if matches!(fold(&node.key).as_str(), "message" | "msg" | "description" | "detail") => {
                Some(t.clone())
            }
            Value::Text(_) => None,
            Value::Record(inner) | Value::List(inner) => inner.iter().find_map(message),
        }
    }
    // (Something said: not `0`, `""`, `null`, `false`, `none`, `No error`, `success`,
    // `ok`, a code of 0 or 200, nor an object or a list of only those.)
    fn says(node: &Node) -> bool {
        match &node.value {
            Value::Text(t) => {
                let t = t.trim();
                let nothing = [
                    "",
                    "null",
                    "false",
                    "0",
                    "none",
                    "no error",
                    "no errors",
                    "success",
                    "ok",
                ]
                .iter()
                .any(|n| t.eq_ignore_ascii_case(n));
                let code = matches!(fold(&node.key).as_str(), "code" | "status" | "statuscode") && t == "200";
                !nothing && !code
            }
            Value::Record(inner) | Value::List(inner) => inner.iter().any(says),
        }
    }
    // (Or the record is an error itself: `cfgutil`'s `{"Type": "Error", "Message": …}` after
    // its output, a result whose status is `failed`.)
    // (Or an HTTP status of failure, a batch's `"status": 429`.)
    let itself = fields.iter().find(|f| {
        let Value::Text(t) = &f.value else { return false };
        match fold(&f.key).as_str() {
            "type" | "status" | "level" | "severity" | "result" | "outcome" => {
                matches!(fold(t).as_str(), "error" | "failure" | "failed" | "fatal")
                    || t.len() == 3
                        && matches!(t.as_bytes().first(), Some(b'4' | b'5'))
                        && t.bytes().all(|b| b.is_ascii_digit())
            }
            "statuscode" | "httpstatus" | "httpstatuscode" => {
                t.len() == 3
                    && matches!(t.as_bytes().first(), Some(b'4' | b'5'))
                    && t.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        }
    });
    if let Some(f) = itself {
        let said = || match &f.value {
            Value::Text(t) => format!("{}: {t}", f.key),
            _ => f.key.clone(),
        };
        return Some((f.line, fields.iter().find_map(message).unwrap_or_else(said)));
    }
    // (Or a count of failures above 0: `"devices_failed": 1`, `"failedCount": 2`.)
    let failures = |f: &&Node| {
        let key = fold(&f.key);
        (key.ends_with("failed") || key.starts_with("failed") && key.ends_with("count"))
            && matches!(&f.value, Value::Text(t) if t.parse::<u64>().is_ok_and(|n| n > 0))
    };
    let here = fields.iter().find(|f| {
        matches!(fold(&f.key).as_str(), "errors" | "error" | "failures" | "failed") && says(f) || failures(f)
    });
    if let Some(f) = here {
        let text = match &f.value {
            Value::Text(t) => Some(t.clone()),
            _ => message(f),
        };
        return Some((f.line, text.unwrap_or_else(|| f.key.clone())));
    }
    if depth >= 3 {
        return None;
    }
    // (Into an array's records that name no app: a batch's responses, `{"id": "2",
    // "status": 429, "body": {"error": …}}`, a live query's hosts, `{"host_id": 2, "rows":
    // [], "error": "no such table: apps"}`.)
    let named = |node: &Node| {
        match &node.value {
        Value::Record(fields) => fields
            .iter()
            .any(|f| matches!(&f.value, Value::Text(t) if !t.trim().is_empty() && NAME_KEYS.contains(&fold(&f.key).as_str()))),
        _ => true,
    }
    };
    fields.iter().find_map(|f| match &f.value {
        Value::Record(inner) => errors(inner, depth + 1),
        Value::List(items) => items.iter().filter(|i| !named(i)).find_map(|i| match &i.value {
            Value::Record(inner) => errors(inner, depth + 1),
            _ => None,
        }),
        Value::Text(_) => None,
    })
}

/// The field of a JSON answer's object (or of an object in it that holds a page's facts,
/// `meta`, `paging`, `links`, `pageInfo`, three deep at most; never inside an array, where
/// the apps' records are) that says the answer is one page of
/// several: a link or token to the next, a flag that more follow, a count above the `read`
/// apps, a page before the last.
fn paging(fields: &[Node], read: usize, depth: usize) -> Option<&Node> {
    fn text(f: &Node) -> Option<&str> {
        match &f.value {
            Value::Text(t) => Some(t.as_str()),
            _ => None,
        }
    }
    let number = |key: &str| {
        fields
            .iter()
            .find(|f| fold(&f.key) == key)
            .and_then(|f| text(f)?.parse::<usize>().ok())
    };
    // (A count as a number, or Elasticsearch's `"total": {"value": 1873, "relation": "eq"}`.)
    let count = |f: &Node| match &f.value {
        Value::Text(t) => t.parse::<usize>().ok(),
        Value::Record(inner) => inner
            .iter()
            .find(|i| fold(&i.key) == "value")
            .and_then(|i| text(i)?.parse::<usize>().ok()),
        Value::List(_) => None,
    };
    let here = fields.iter().find(|f| match fold(&f.key).as_str() {
        "odatanextlink" | "nextpagetoken" | "nextlink" | "next" | "nextpage" | "nexturl" | "nextpageurl"
        | "nextcursor" | "cursor" | "nexttoken" | "continuationtoken" | "skiptoken" | "nextpagelink"
        | "nextrecordsurl" | "resumptiontoken" | "continuation" => {
            text(f).is_some_and(|t| !matches!(t, "" | "null" | "false" | "0"))
        }
        "hasmore" | "truncated" | "istruncated" | "incompleteresults" | "hasnextpage" | "moreresults"
        | "hasnextresults" | "hasnext" | "morerecords" | "more" | "moreavailable" | "moredataavailable"
        | "moretofollow" | "hasmoreitems" | "hasmoreresults" | "partial" | "incomplete" | "ispartial" => {
            text(f) == Some("true")
        }
        // (Spring's and Salesforce's pages: `"last": false`, `"done": false`.)
        "last" | "islastpage" | "done" | "islast" | "endoflist" | "eof" | "complete" | "iscomplete" => {
            text(f) == Some("false")
        }
        "status" | "state" | "resultstatus" => {
            text(f).is_some_and(|t| matches!(fold(t).as_str(), "partial" | "incomplete" | "truncated"))
        }
        // (Pages counted, and which one this is not said.)
        "totalpages" | "pagecount" | "numpages" | "totalpaginas" => {
            count(f).is_some_and(|n| n > 1) && number("page").is_none() && number("currentpage").is_none()
        }
        "total" | "totalcount" | "odatacount" | "totalitems" | "totalresults" | "totalrecords" | "count"
        | "totalrecordcount" | "totalrowcount" | "totalnum" | "totalelements" | "totalsize" | "numfound"
        | "resultcount" | "itemcount" | "recordcount" | "xtotalcount" | "gesamt" | "insgesamt" | "totalderegistros"
        | "共计" | "总数" | "合计" | "件数" => count(f).is_some_and(|n| n > read),
        // (Or left out, counted: `"omitted": 10`, `"skipped": 3`.)
        "remaining" | "itemsremaining" | "remainingcount" | "remainingitems" | "omitted" | "omittedcount"
        | "skipped" | "skippedcount" | "notshown" | "hiddencount" | "truncatedcount" | "notlisted" => {
            count(f).is_some_and(|n| n > 0)
        }
        "page" | "currentpage" => number(&fold(&f.key))
            .zip(
                number("pages")
                    .or_else(|| number("totalpages"))
                    .or_else(|| number("lastpage")),
            )
            .is_some_and(|(page, pages)| page < pages),
        // (A page as full as it may be, and no total beside it: `"limit": 50` over 50 apps.)
        "pagesize" | "limit" | "perpage" | "top" | "maxresults" | "pagelimit" | "maxitems" => {
            count(f).is_some_and(|n| n > 0 && n == read)
                && !fields.iter().any(|g| {
                    matches!(
                        fold(&g.key).as_str(),
                        "total"
                            | "totalcount"
                            | "odatacount"
                            | "totalitems"
                            | "totalresults"
                            | "totalrecords"
                            | "count"
                    )
                })
        }
        // (Fleet's live query: hosts asked that did not answer.)
        "respondedhostcount" => number("respondedhostcount")
            .zip(number("targetedhostcount"))
            .is_some_and(|(responded, targeted)| responded < targeted),
        _ => false,
    });
    if here.is_some() || depth >= 3 {
        return here;
    }
    // (Into an object that holds a page's facts, `meta`, `paging`, `links`, `pageInfo`, or
    // a page of records, GraphQL's `{"nodes": […], "pageInfo": …}`: a device's
    // `storage.total` is none.)
    fields.iter().find_map(|f| match &f.value {
        Value::Record(inner) => {
            let facts = matches!(
                fold(&f.key).as_str(),
                "meta"
                    | "metadata"
                    | "paging"
                    | "pagination"
                    | "links"
                    | "pageinfo"
                    | "pager"
                    | "page"
                    | "cursor"
                    | "resultinfo"
                    | "responsemetadata"
                    | "listmetadata"
                    | "counts"
                    | "items"
                    | "summary"
                    | "totals"
                    | "hits"
            ) || inner.iter().any(|i| matches!(i.value, Value::List(_)));
            if facts {
                paging(inner, read, depth + 1)
            } else {
                // (A page's facts further in: `{"data": {"apps": {"nodes": …}}}`.)
                inner
                    .iter()
                    .filter(|i| matches!(i.value, Value::Record(_)))
                    .find_map(|i| match &i.value {
                        Value::Record(deeper) if deeper.iter().any(|d| matches!(d.value, Value::List(_))) => {
                            paging(deeper, read, depth + 2)
                        }
                        _ => None,
                    })
            }
        }
        _ => None,
    })
}

/// A field of a record, at any depth of a JSON document (the top's paging is
/// [`paging`]'s), that says a list of apps beside it is not all of them: an OData
/// annotation of a list, `<list>@odata.nextLink` with a link or `<list>@odata.count` above
/// the list's items; a count beside a list of apps above the `read` apps (`{"size": 9,
/// "application": […]}`). (A device's list left empty beside others' apps is
/// [`device_said_short`]'s.) One walk, each record looked at once.
fn list_said_short(node: &Node, read: usize, depth: usize) -> Option<&Node> {
    let children = match &node.value {
        Value::Record(fields) | Value::List(fields) => fields,
        Value::Text(_) => return None,
    };
    if let Value::Record(fields) = &node.value {
        let beside_list = fields.iter().any(|f| matches!(f.value, Value::List(_))) && holds_apps(&fold(&node.key));
        let items_of = |list: &str| {
            fields.iter().find_map(|g| match &g.value {
                Value::List(items) if g.key == list => Some(items.len()),
                _ => None,
            })
        };
        let found = fields.iter().find(|f| match &f.value {
            Value::Text(text) => {
                let key = f.key.as_bytes();
                let ends = |suffix: &str| {
                    key.len() > suffix.len()
                        && key
                            .get(key.len() - suffix.len()..)
                            .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
                };
                if depth > 0 && ends("@odata.nextLink") {
                    !matches!(text.as_str(), "" | "null")
                } else if depth > 0 && ends("@odata.count") {
                    let list = f.key.get(..f.key.len() - "@odata.count".len()).unwrap_or("");
                    text.parse::<usize>().is_ok_and(|n| n > items_of(list).unwrap_or(0))
                } else {
                    beside_list
                        && matches!(fold(&f.key).as_str(), "size" | "count" | "total" | "totalcount")
                        && text.trim().parse::<usize>().is_ok_and(|n| n > read)
                }
            }
            Value::List(_) | Value::Record(_) => false,
        });
        if found.is_some() {
            return found;
        }
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    children
        .iter()
        .find_map(|child| list_said_short(child, read, depth + 1))
}

/// Whether `node` is a record of an app: a field naming or identifying one.
fn is_app_record(node: &Node) -> bool {
    match &node.value {
        Value::Record(fields) => fields.iter().any(|f| match &f.value {
            Value::Text(t) => {
                let key = fold(&f.key);
                !t.trim().is_empty() && (NAME_KEYS.contains(&key.as_str()) || ID_KEYS.contains(&key.as_str()))
            }
            _ => false,
        }),
        _ => false,
    }
}

/// The items of a container: an array's, or an element's children.
fn items(node: &Node) -> &[Node] {
    match &node.value {
        Value::Record(items) | Value::List(items) => items,
        Value::Text(_) => &[],
    }
}

/// Whether `node` is a container of apps that holds none: an empty array or element, or
/// one of counts only (`<applications><size>0</size></applications>`).
fn is_empty_app_container(node: &Node) -> bool {
    holds_apps(&fold(&node.key))
        && match &node.value {
            Value::Text(t) => t.trim().is_empty(),
            Value::List(items) => items.is_empty(),
            Value::Record(fields) => fields
                .iter()
                .all(|f| matches!(&f.value, Value::Text(t) if t.trim().bytes().all(|b| b.is_ascii_digit()))),
        }
}

/// Whether the document holds a device's list of apps, by its name (`applications`,
/// `apps`, `installedApps`, …), left empty.
fn empty_app_list(node: &Node, depth: usize) -> bool {
    let key = fold(&node.key);
    let list = ["apps", "applications", "applist", "applicationlist"]
        .iter()
        .any(|end| key.ends_with(end));
    if list && is_empty_app_container(node) {
        return true;
    }
    depth < MAX_DEPTH && items(node).iter().any(|child| empty_app_list(child, depth + 1))
}

/// The field of a device's record (or of a record in it, Jamf's `software`) that holds
/// its apps, by one of the `filled` keys.
fn apps_field<'a>(device: &'a Node, filled: &[String]) -> Option<&'a Node> {
    let Value::Record(fields) = &device.value else {
        return None;
    };
    fields.iter().find_map(|f| {
        if filled.contains(&fold(&f.key)) {
            return Some(f);
        }
        match &f.value {
            Value::Record(inner) => inner.iter().find(|g| filled.contains(&fold(&g.key))),
            _ => None,
        }
    })
}

/// Keys (folded) of a count of devices beside them.
const DEVICE_COUNTS: [&str; 8] = [
    "size",
    "count",
    "total",
    "totalcount",
    "odatacount",
    "totalitems",
    "totalresults",
    "totalrecords",
];

/// Notes that an inventory of several devices is missing a device's apps: a device's
/// list of apps empty or absent beside another's apps (Google's directory gives none
/// for an iOS device; Jamf's `<applications><size>0</size></applications>`), or a count
/// of devices above the devices given (the Jamf Pro API's `totalCount`, Jamf Classic's
/// `<mobile_devices><size>4</size>` over two) when it is not the count of the `read`
/// apps.
fn device_said_short(root: &Node, read: usize, notes: &mut Vec<super::Note>) {
    // (The keys of the containers that hold apps' records: a device's list of apps.)
    fn filled_keys(node: &Node, depth: usize, keys: &mut Vec<String>) {
        let key = fold(&node.key);
        if holds_apps(&key) && !keys.contains(&key) && items(node).iter().any(is_app_record) {
            keys.push(key);
        }
        if depth < MAX_DEPTH {
            for child in items(node) {
                filled_keys(child, depth + 1, keys);
            }
        }
    }
    fn walk<'a>(node: &'a Node, read: usize, filled: &[String], depth: usize) -> Option<(&'a Node, String)> {
        let children = items(node);
        if is_empty_app_container(node) && filled.contains(&fold(&node.key)) && read > 0 {
            return Some((node, node.key.clone()));
        }
        // A count in a record (`totalCount`, `<size>`) above the `devices` beside it,
        // unless it counts the apps read.
        let counted = |devices: usize| {
            if !matches!(node.value, Value::Record(_)) {
                return None;
            }
            children.iter().find_map(|f| match &f.value {
                Value::Text(t) if DEVICE_COUNTS.contains(&fold(&f.key).as_str()) => t
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > devices && n != read)
                    .map(|n| (f, format!("{}: {n}", f.key))),
                _ => None,
            })
        };
        // The devices among the items, by their key (an array's all have its key), and
        // the arrays of devices in a record.
        let mut keys: Vec<&str> = Vec::new();
        for child in children {
            if !keys.contains(&child.key.as_str()) && apps_field(child, filled).is_some() {
                keys.push(&child.key);
            }
            if let Value::List(devices) = &child.value {
                if devices.iter().any(|d| apps_field(d, filled).is_some()) {
                    if let Some(found) = counted(devices.len()) {
                        return Some(found);
                    }
                }
            }
        }
        for key in keys {
            let devices = children.iter().filter(|c| c.key == key);
            if let Some(bare) = devices
                .clone()
                .find(|d| matches!(d.value, Value::Record(_)) && apps_field(d, filled).is_none())
            {
                return Some((bare, format!("{key}: {}", filled.first().map_or("", String::as_str))));
            }
            if let Some(found) = counted(devices.count()) {
                return Some(found);
            }
        }
        if depth >= MAX_DEPTH {
            return None;
        }
        children.iter().find_map(|child| walk(child, read, filled, depth + 1))
    }
    let mut filled = Vec::new();
    filled_keys(root, 0, &mut filled);
    if filled.is_empty() {
        return;
    }
    if let Some((node, text)) = walk(root, read, &filled, 0) {
        notes.push(super::Note {
            line: node.line,
            skipped: super::Skipped::Elsewhere {
                excerpt: super::account::excerpt(&text),
            },
        });
    }
}

/// JSON:API's records (jsonapi.org, SimpleMDM's API: `{"type": "installed_app", "id": 1,
/// "attributes": {"name": …, "identifier": …}, "relationships": …}`), at any depth: each
/// made its attributes, so it is read as any export's record. Any other node as it is.
fn json_api(node: Node) -> Node {
    let Node { key, line, value } = node;
    let value = match value {
        Value::Record(fields) => {
            let wrapper = fields
                .iter()
                .any(|f| fold(&f.key) == "attributes" && matches!(f.value, Value::Record(_)))
                && fields.iter().all(|f| {
                    matches!(
                        fold(&f.key).as_str(),
                        "attributes" | "type" | "id" | "links" | "relationships" | "meta"
                    )
                });
            if wrapper {
                let attributes = fields.into_iter().find(|f| fold(&f.key) == "attributes");
                match attributes.map(|a| a.value) {
                    Some(Value::Record(inner)) => Value::Record(inner.into_iter().map(json_api).collect()),
                    _ => Value::Record(Vec::new()),
                }
            } else {
                Value::Record(fields.into_iter().map(json_api).collect())
            }
        }
        Value::List(items) => Value::List(items.into_iter().map(json_api).collect()),
        text => text,
    };
    Node { key, line, value }
}

/// A document as its records are read: [`schema_rows`], and JSON:API's records by their
/// attributes ([`json_api`]) when the text names any (`api`).
fn shaped(root: Node, api: bool) -> Node {
    let root = schema_rows(root);
    if api {
        json_api(root)
    } else {
        root
    }
}

/// An answer that gives its columns apart from its rows, as Intune's report actions do
/// (`{"Schema": [{"Column": "ApplicationName", …}, …], "Values": [["Slack", …], …]}`):
/// each row made a record keyed by its columns, so it is read as any export's records.
/// Any other document as it is.
fn schema_rows(root: Node) -> Node {
    let Value::Record(fields) = &root.value else {
        return root;
    };
    let find = |key: &str| fields.iter().position(|f| fold(&f.key) == key);
    let (Some(schema_at), Some(values_at)) = (find("schema"), find("values")) else {
        return root;
    };
    let columns: Option<Vec<String>> = match fields.get(schema_at).map(|f| &f.value) {
        Some(Value::List(items)) => items
            .iter()
            .map(|item| match &item.value {
                Value::Record(column) => {
                    column
                        .iter()
                        .find(|c| fold(&c.key) == "column")
                        .and_then(|c| match &c.value {
                            Value::Text(name) => Some(name.clone()),
                            _ => None,
                        })
                }
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let rows_are_lists = matches!(fields.get(values_at).map(|f| &f.value), Some(Value::List(rows)) if rows.iter().all(|r| matches!(r.value, Value::List(_))));
    let Some(columns) = columns.filter(|c| !c.is_empty() && rows_are_lists) else {
        return root;
    };
    let Node { key, line, value } = root;
    let Value::Record(fields) = value else {
        return Node { key, line, value };
    };
    let fields = fields
        .into_iter()
        .enumerate()
        .filter(|&(at, _)| at != schema_at)
        .map(|(at, field)| {
            if at != values_at {
                return field;
            }
            let Value::List(rows) = field.value else {
                return field;
            };
            let rows = rows
                .into_iter()
                .map(|row| {
                    let cells = match row.value {
                        Value::List(cells) => cells,
                        other => vec![Node {
                            key: String::new(),
                            line: row.line,
                            value: other,
                        }],
                    };
                    let record = cells
                        .into_iter()
                        .zip(columns.iter())
                        .map(|(cell, column)| Node {
                            key: column.clone(),
                            line: cell.line,
                            value: cell.value,
                        })
                        .collect();
                    Node {
                        key: row.key,
                        line: row.line,
                        value: Value::Record(record),
                    }
                })
                .collect();
            Node {
                key: field.key,
                line: field.line,
                value: Value::List(rows),
            }
        })
        .collect();
    Node {
        key,
        line,
        value: Value::Record(fields),
    }
}

/// What Python prints of its lists and dicts (`[{'name': 'Slack', 'system': False}]`)
/// and what Node or mongosh print of objects (`{ name: 'Slack', _id: ObjectId('…') }`, a
/// comma after the last item), written as JSON, line for line: single-quoted strings
/// double-quoted, keys without quotes quoted, `True`, `False`, `None` and `undefined` as
/// JSON's words, a wrapper's call (`ObjectId('…')`, `ISODate('…')`, `Decimal('1.5')`) its
/// argument, a comma before a closing bracket dropped. A string cut by the text's end
/// stays open. `None` when the text is JSON already (nothing to change) or holds anything
/// else outside its strings (a word that is none of these, a sign of code).
pub(super) fn literal_as_json(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    let (mut at, mut changed) = (0, false);
    // (The wrappers' brackets open, whose closing one is dropped; where the last comma was
    // written, until what follows it shows whether it closes a list.)
    let (mut wrappers, mut comma): (Vec<usize>, Option<usize>) = (Vec::new(), None);
    let mut depth = 0usize;
    while let Some(&b) = bytes.get(at) {
        if !b.is_ascii_whitespace() {
            if let Some(written) = comma.take().filter(|_| matches!(b, b']' | b'}')) {
                out.remove(written);
                changed = true;
            }
        }
        match b {
            b'"' | b'\'' => {
                // (A string: copied, in double quotes, up to its closing quote or the end.)
                out.push('"');
                changed |= b == b'\'';
                at += 1;
                let start = at;
                let mut escaped = false;
                while let Some(&c) = bytes.get(at) {
                    if escaped {
                        escaped = false;
                    } else if c == b'\\' {
                        escaped = true;
                    } else if c == b {
                        break;
                    } else if c == b'\n' {
                        // (No string of theirs holds a line break: one cut at the text's end
                        // stays open; any other is no literal.)
                        if !bytes.get(at..)?.iter().all(u8::is_ascii_whitespace) {
                            return None;
                        }
                        at = bytes.len();
                        break;
                    }
                    at += 1;
                }
                let inner = input.get(start..at)?;
                if b == b'"' {
                    out.push_str(inner);
                } else {
                    out.push_str(&inner.replace("\\'", "'").replace('"', "\\\""));
                }
                if at < bytes.len() {
                    out.push('"');
                    at += 1;
                }
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' => {
                let start = at;
                while bytes
                    .get(at)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$'))
                {
                    at += 1;
                }
                let word = input.get(start..at)?;
                // (A key cut by the text's end: the copy stops before it.)
                if bytes.get(at..)?.iter().all(u8::is_ascii_whitespace) && depth > 0 {
                    changed = true;
                    break;
                }
                let next = bytes
                    .get(at..)
                    .and_then(|rest| rest.iter().find(|c| !matches!(c, b' ' | b'\t')));
                match (word, next) {
                    (_, Some(b':')) if depth > 0 => {
                        out.push('"');
                        out.push_str(word);
                        out.push('"');
                    }
                    (_, Some(b'(')) if word.starts_with(|c: char| c.is_ascii_uppercase()) => {
                        // (A wrapper's call: its argument alone.)
                        while bytes.get(at) != Some(&b'(') {
                            at += 1;
                        }
                        at += 1;
                        wrappers.push(depth);
                    }
                    ("True" | "true", _) => out.push_str("true"),
                    ("False" | "false", _) => out.push_str("false"),
                    ("None" | "null" | "undefined", _) => out.push_str("null"),
                    _ => return None,
                }
                changed |= !matches!(word, "true" | "false" | "null");
                continue;
            }
            b')' if wrappers.last() == Some(&depth) => {
                wrappers.pop();
            }
            b'[' | b'{' => {
                depth += 1;
                out.push(char::from(b));
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                out.push(char::from(b));
            }
            b',' => {
                comma = Some(out.len());
                out.push(',');
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' | b':' | b' ' | b'\t' | b'\r' | b'\n' => out.push(char::from(b)),
            _ => return None,
        }
        at += 1;
    }
    changed.then_some(out)
}

/// A JSON export cut off before its end (a message's size limit, a copy that stopped
/// short): the text up to its last whole value (after a `}`, a `]` or a string in an
/// array), with the arrays and objects open there closed (`[]` when none came whole).
/// A string of an array cut by the end is kept as a name cut short (`"Tik…"`). Documents
/// one after the other (JSON Lines) whose last is cut: the whole ones before it. `None`
/// when the text does not end inside an array or an object.
pub(super) fn cut_json(input: &str) -> Option<String> {
    // One pass over the bytes: the brackets open at the end of the last whole value (how
    // many of `open`'s first: after it only brackets are opened, none closed, or it would
    // not be the last).
    let (mut open, mut whole): (Vec<u8>, Option<(usize, usize)>) = (Vec::new(), None);
    let (mut string, mut escaped) = (false, false);
    // (Where the last string of an array began, after its quote.)
    let mut in_array = None;
    for (at, &b) in input.as_bytes().iter().enumerate() {
        if string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    string = false;
                    if open.last() == Some(&b']') {
                        whole = Some((at + 1, open.len()));
                    }
                }
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                string = true;
                in_array = (open.last() == Some(&b']')).then_some(at + 1);
            }
            b'[' => open.push(b']'),
            b'{' => open.push(b'}'),
            b']' | b'}' => {
                if open.pop() != Some(b) {
                    return None;
                }
                whole = Some((at + 1, open.len()));
            }
            _ => {}
        }
    }
    if open.is_empty() {
        return None;
    }
    // A name cut inside a string of an array: `…` after it, and every bracket open at the
    // end closed (what came before it is whole, or open brackets).
    let cut = in_array
        .filter(|_| string && !escaped)
        .and_then(|from| input.get(from..))
        .is_some_and(|name| !name.trim().is_empty() && !name.contains('\\'));
    if cut {
        let mut text = input.to_owned();
        text.push_str("…\"");
        while let Some(closer) = open.pop() {
            text.push(char::from(closer));
        }
        return Some(text);
    }
    // (Cut before its first whole value: none of it is read, an empty list with the note.)
    let Some((end, depth)) = whole else {
        return Some("[]".to_owned());
    };
    // (Several documents one after the other, JSON Lines, the last cut inside itself: the
    // ones before it, whole.)
    if depth == 0 {
        return input.get(..end).map(str::to_owned);
    }
    let mut closers = open.get(..depth).unwrap_or_default().to_vec();
    if closers.is_empty() {
        return None;
    }
    let mut text = input.get(..end)?.to_owned();
    while let Some(closer) = closers.pop() {
        text.push(char::from(closer));
    }
    Some(text)
}

/// Where markup cut off before its end is read to (after its last `>`): when a tag is
/// begun after its last `>` (`<app na`), or its outermost element (after declarations,
/// comments and HTML's elements that have no end, `<meta>`, `<br>`, or whose end HTML
/// may leave out, `<p>`, `<body>`) is never closed, also with the words of an element
/// cut short after its last `>` (`<key>CFBundl`). `None` when it is whole (a signature
/// after a table is the message's, not the table's).
pub(super) fn cut_markup(input: &str) -> Option<usize> {
    let end = input.rfind('>')? + 1;
    let after = input.get(end..).unwrap_or("");
    if after.contains('<') {
        return Some(end);
    }
    // (Words after the last tag on lines of their own are the message's; on the tag's own
    // line, `<key>CFBundl`, an element's content cut short, when the outermost element is
    // not closed.)
    // (Not a chat's sender in angle brackets, `<Maria> 2. Webex`: no markup closes there.)
    let run_on = !after.starts_with(['\n', '\r']) && !after.trim_end().contains('\n') && input.contains("</");
    if !after.trim().is_empty() && !run_on {
        return None;
    }
    let mut rest = input;
    let name = loop {
        rest = rest.get(rest.find('<')? + 1..)?;
        let name: &str = rest
            .get(
                ..rest
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
                    .count(),
            )
            .unwrap_or("");
        let empty = rest.get(..rest.find('>')?).is_some_and(|t| t.ends_with('/'));
        const VOID: crate::text::Words = words!(
            "meta|link|br|img|hr|input|base|col|wbr|source|area|html|head|body|p|li|dt|dd|tr|td|th|thead|tbody|option",
        );
        if !name.is_empty() && !empty && !VOID.contains(name) {
            break name;
        }
    };
    let closed = input.match_indices("</").any(|(at, _)| {
        input
            .get(at + 2..at + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    });
    (!closed).then_some(end)
}

struct JsonParser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    line: usize,
}

impl JsonParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.at += 1;
        }
    }

    fn value(&mut self, key: String, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        let line = self.line;
        let value = match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                } else {
                    loop {
                        self.space();
                        let name = self.string()?;
                        self.space();
                        if self.peek()? != b':' {
                            return None;
                        }
                        self.at += 1;
                        fields.push(self.value(name, depth + 1)?);
                        self.space();
                        match self.peek()? {
                            b',' => self.at += 1,
                            b'}' => {
                                self.at += 1;
                                break;
                            }
                            _ => return None,
                        }
                    }
                }
                Value::Record(fields)
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                } else {
                    loop {
                        items.push(self.value(key.clone(), depth + 1)?);
                        self.space();
                        match self.peek()? {
                            b',' => self.at += 1,
                            b']' => {
                                self.at += 1;
                                break;
                            }
                            _ => return None,
                        }
                    }
                }
                Value::List(items)
            }
            b'"' => Value::Text(self.string()?),
            _ => {
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
                {
                    self.at += 1;
                }
                let word = self.text.get(start..self.at)?;
                let ok = matches!(word, "true" | "false" | "null") || is_json_number(word);
                if !ok {
                    return None;
                }
                Value::Text(if word == "null" { String::new() } else { word.to_owned() })
            }
        };
        Some(Node { key, line, value })
    }

    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at)?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escape = self.peek()?;
                    self.at += 1;
                    match escape {
                        b'n' | b'r' | b't' | b'b' | b'f' => out.push(' '),
                        b'u' => {
                            let unit = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&unit) && self.text.get(self.at..)?.starts_with("\\u")
                            {
                                self.at += 2;
                                let low = self.hex4()?;
                                char::decode_utf16([unit, low]).next()?.ok()
                            } else {
                                char::from_u32(u32::from(unit))
                            };
                            out.push(c.unwrap_or('\u{fffd}'));
                        }
                        other => out.push(char::from(other)),
                    }
                }
                _ => return None, // a raw control character: not JSON
            }
        }
    }

    fn hex4(&mut self) -> Option<u16> {
        let digits = self.text.get(self.at..self.at + 4)?;
        self.at += 4;
        u16::from_str_radix(digits, 16).ok()
    }
}

/// A JSON number: `-12`, `3.5`, `1e-7` (checked by its grammar; no float is parsed).
fn is_json_number(word: &str) -> bool {
    let rest = word.strip_prefix('-').unwrap_or(word);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (rest.get(..at).unwrap_or(""), rest.get(at + 1..)),
        None => (rest, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

/// What [`toml`] read of a document: its list, and whether the document was cut before
/// its end (inside a string, an array, an inline table or a key, at the text's end).
pub(super) struct TomlRead {
    pub(super) list: AppList,
    pub(super) cut: bool,
    /// The lines of its comments (`# output truncated: 6 of 21 apps written`): to be
    /// weighed for what they say, as typed lines are.
    pub(super) comments: Vec<(usize, String)>,
}

/// Reads a TOML document (TOML 1.0: `[table]`s, `[[array.of.tables]]`, `key = value`
/// with dotted and quoted keys, strings of the four kinds, arrays and inline tables over
/// lines, comments) into the same tree as JSON, and finds its apps by the same rule: an
/// export script's `[[apps]]` tables or `apps = [{ name = "…", id = "…" }]`. `None` when
/// the text is not one TOML document: a value not quoted (`Name=CapCut`, `name = TikTok`,
/// INI's and osquery's), a `;` after one (NeXTSTEP's), a line of another shape.
pub(super) fn toml(input: &str) -> Option<TomlRead> {
    let mut parser = TomlParser {
        bytes: input.as_bytes(),
        text: input,
        at: 0,
        line: 1,
        comments: Vec::new(),
        cut: false,
    };
    // The root table's fields, then each `[table]` and `[[table]]` with its fields, in
    // order (put in their places in the root once read).
    let mut sections: Vec<(Vec<String>, bool, usize, Vec<Node>)> = vec![(Vec::new(), false, 1, Vec::new())];
    let mut cut = false;
    let mut last_line = 1;
    loop {
        parser.blank_lines();
        let Some(b) = parser.peek() else { break };
        let line = parser.line;
        let step = if b == b'[' {
            parser
                .header()
                .map(|(path, array)| sections.push((path, array, line, Vec::new())))
        } else {
            parser.key_value(0).map(|(path, node)| {
                if let Some((_, _, _, fields)) = sections.last_mut() {
                    place_dotted(fields, &path, node);
                }
            })
        };
        match step {
            Ok(()) if parser.cut => {
                cut = true;
                last_line = parser.line;
                break;
            }
            Ok(()) => {
                parser.end_of_line().ok()?;
                last_line = parser.line;
            }
            Err(TomlError::Cut) => {
                cut = true;
                break;
            }
            Err(TomlError::Invalid) => return None,
        }
    }
    let mut root = Vec::new();
    for (path, array, line, fields) in sections {
        if path.is_empty() {
            root.extend(fields);
        } else {
            place_table(&mut root, &path, array, line, fields, 0)?;
        }
    }
    let root = Node {
        key: String::new(),
        line: 1,
        value: Value::Record(root),
    };
    let mut list = extract(&root, Format::Toml, last_line);
    said_of_documents(&root, std::slice::from_ref(&root), &mut list);
    Some(TomlRead {
        list,
        cut,
        comments: parser.comments,
    })
}

/// Why [`TomlParser`] stopped: the text ended inside a value or a key (cut), or a line is
/// not TOML.
enum TomlError {
    Cut,
    Invalid,
}

struct TomlParser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    line: usize,
    comments: Vec<(usize, String)>,
    /// Whether an array was cut before its end (its items before the cut kept).
    cut: bool,
}

impl TomlParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// The next byte, or a cut: the text ended where more was due.
    fn due(&self) -> Result<u8, TomlError> {
        self.peek().ok_or(TomlError::Cut)
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// A comment to its line's end, kept with its line.
    fn comment(&mut self) {
        let start = self.at + 1;
        while self.peek().is_some_and(|b| b != b'\n') {
            self.at += 1;
        }
        let said = self.text.get(start..self.at).unwrap_or("").trim();
        if !said.is_empty() {
            self.comments.push((self.line, said.to_owned()));
        }
    }

    /// Blank lines and comments, and spaces before what comes next.
    fn blank_lines(&mut self) {
        loop {
            self.spaces();
            match self.peek() {
                Some(b'\n') => {
                    self.line += 1;
                    self.at += 1;
                }
                Some(b'\r') => self.at += 1,
                Some(b'#') => self.comment(),
                _ => return,
            }
        }
    }

    /// After a header or a key's value: spaces, a comment, the line's end.
    fn end_of_line(&mut self) -> Result<(), TomlError> {
        self.spaces();
        if self.peek() == Some(b'#') {
            self.comment();
        }
        match self.peek() {
            None | Some(b'\n' | b'\r') => Ok(()),
            Some(_) => Err(TomlError::Invalid),
        }
    }

    /// `[a.b]` or `[[a.b]]`: the table's path, and whether it is one of an array's.
    fn header(&mut self) -> Result<(Vec<String>, bool), TomlError> {
        self.at += 1;
        let array = self.peek() == Some(b'[');
        if array {
            self.at += 1;
        }
        let path = self.key()?;
        for _ in 0..=usize::from(array) {
            if self.due()? != b']' {
                return Err(TomlError::Invalid);
            }
            self.at += 1;
        }
        Ok((path, array))
    }

    /// A key, dotted or not, its parts bare or quoted, and the spaces after it.
    fn key(&mut self) -> Result<Vec<String>, TomlError> {
        let mut path = Vec::new();
        loop {
            self.spaces();
            let part = match self.due()? {
                b'"' | b'\'' => self.string()?,
                _ => {
                    let start = self.at;
                    while self
                        .peek()
                        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
                    {
                        self.at += 1;
                    }
                    if self.at == start {
                        return Err(TomlError::Invalid);
                    }
                    self.text.get(start..self.at).ok_or(TomlError::Invalid)?.to_owned()
                }
            };
            path.push(part);
            self.spaces();
            if self.due()? != b'.' {
                return Ok(path);
            }
            self.at += 1;
        }
    }

    /// `key = value`: the key's path and the value's node (its key the path's last part).
    fn key_value(&mut self, depth: usize) -> Result<(Vec<String>, Node), TomlError> {
        let line = self.line;
        let path = self.key()?;
        if self.due()? != b'=' {
            return Err(TomlError::Invalid);
        }
        self.at += 1;
        self.spaces();
        let value = self.value(depth)?;
        let key = path.last().cloned().unwrap_or_default();
        Ok((path, Node { key, line, value }))
    }

    fn value(&mut self, depth: usize) -> Result<Value, TomlError> {
        if depth > MAX_DEPTH {
            return Err(TomlError::Invalid);
        }
        match self.due()? {
            b'"' | b'\'' => Ok(Value::Text(self.string()?)),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                // (Cut before its `]`: the items read whole before the cut are kept, as
                // JSON's are, and the cut said.)
                loop {
                    self.blank_lines();
                    match self.peek() {
                        None => break,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Value::List(items));
                        }
                        Some(_) => {}
                    }
                    let line = self.line;
                    let value = match self.value(depth + 1) {
                        Err(TomlError::Cut) => break,
                        value => value?,
                    };
                    items.push(Node {
                        key: String::new(),
                        line,
                        value,
                    });
                    self.blank_lines();
                    match self.peek() {
                        None => break,
                        Some(b',') => self.at += 1,
                        Some(b']') => {}
                        Some(_) => return Err(TomlError::Invalid),
                    }
                }
                self.cut = true;
                Ok(Value::List(items))
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                loop {
                    self.spaces();
                    match self.due()? {
                        b'}' => {
                            self.at += 1;
                            return Ok(Value::Record(fields));
                        }
                        b',' if !fields.is_empty() => self.at += 1,
                        _ if fields.is_empty() => {}
                        _ => return Err(TomlError::Invalid),
                    }
                    self.spaces();
                    if self.due()? == b'}' {
                        continue;
                    }
                    let (path, node) = self.key_value(depth + 1)?;
                    place_dotted(&mut fields, &path, node);
                }
            }
            _ => {
                // A number, a boolean, a date or a time: to the next `,`, `]`, `}`, `#` or
                // the line's end.
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b']' | b'}' | b'#' | b'\n' | b'\r'))
                {
                    self.at += 1;
                }
                let word = self.text.get(start..self.at).ok_or(TomlError::Invalid)?.trim_end();
                self.at = start + word.len();
                let scalar = matches!(
                    word,
                    "true" | "false" | "inf" | "+inf" | "-inf" | "nan" | "+nan" | "-nan"
                ) || word
                    .as_bytes()
                    .first()
                    .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-'))
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-' | b'.' | b':' | b' '));
                if !scalar {
                    return Err(TomlError::Invalid);
                }
                Ok(Value::Text(word.to_owned()))
            }
        }
    }

    /// A string of any of TOML's four kinds: `"basic"` with its escapes, `'literal'`, and
    /// each over lines between three quotes.
    fn string(&mut self) -> Result<String, TomlError> {
        let quote = self.due()?;
        let multi = self.bytes.get(self.at..self.at + 3) == Some(&[quote; 3]);
        self.at += if multi { 3 } else { 1 };
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != quote && b != b'\n' && !(b == b'\\' && quote == b'"'))
            {
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at).ok_or(TomlError::Invalid)?);
            match self.due()? {
                b'\n' if multi => {
                    self.line += 1;
                    self.at += 1;
                    out.push('\n');
                }
                b'\n' => return Err(TomlError::Invalid),
                b'\\' => {
                    self.at += 1;
                    match self.due()? {
                        b'u' | b'U' => {
                            let width = if self.due()? == b'u' { 4 } else { 8 };
                            let digits = self.text.get(self.at + 1..self.at + 1 + width).ok_or(TomlError::Cut)?;
                            let c = u32::from_str_radix(digits, 16).ok().and_then(char::from_u32);
                            out.push(c.ok_or(TomlError::Invalid)?);
                            self.at += 1 + width;
                        }
                        b'n' | b't' | b'r' | b'b' | b'f' => {
                            out.push(' ');
                            self.at += 1;
                        }
                        b'\n' | b' ' | b'\t' | b'\r' if multi => {} // a line's end escaped: spaces follow
                        other @ (b'"' | b'\\') => {
                            out.push(char::from(other));
                            self.at += 1;
                        }
                        _ => return Err(TomlError::Invalid),
                    }
                }
                _ if !multi => {
                    self.at += 1;
                    return Ok(out);
                }
                _ => {
                    if self.bytes.get(self.at..self.at + 3) == Some(&[quote; 3]) {
                        self.at += 3;
                        return Ok(out.trim_start_matches('\n').to_owned());
                    }
                    out.push(char::from(quote));
                    self.at += 1;
                }
            }
        }
    }
}

/// `node` in `fields` under its dotted key's first parts (`a.b = 1`: `b` in table `a`).
fn place_dotted(fields: &mut Vec<Node>, path: &[String], node: Node) {
    match path {
        [] | [_] => fields.push(node),
        [first, rest @ ..] => {
            let at = fields
                .iter()
                .position(|f| f.key == *first && matches!(f.value, Value::Record(_)));
            let at = at.unwrap_or_else(|| {
                fields.push(Node {
                    key: first.clone(),
                    line: node.line,
                    value: Value::Record(Vec::new()),
                });
                fields.len() - 1
            });
            if let Some(Node {
                value: Value::Record(inner),
                ..
            }) = fields.get_mut(at)
            {
                place_dotted(inner, rest, node);
            }
        }
    }
}

/// A `[table]`'s or a `[[table]]`'s `fields` put at its `path` in the root's: a table's
/// fields added to the table there, an array's table pushed to the array there; the
/// parts before the last go into the table there, or the last table of the array there.
/// `None` when a part is a value's key, not a table's.
fn place_table(
    fields: &mut Vec<Node>,
    path: &[String],
    array: bool,
    line: usize,
    table: Vec<Node>,
    depth: usize,
) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (first, rest) = path.split_first()?;
    let at = match fields.iter().position(|f| f.key == *first) {
        Some(at) => at,
        None => {
            let value = if array && rest.is_empty() {
                Value::List(Vec::new())
            } else {
                Value::Record(Vec::new())
            };
            fields.push(Node {
                key: first.clone(),
                line,
                value,
            });
            fields.len() - 1
        }
    };
    let node = fields.get_mut(at)?;
    let key = node.key.clone();
    match (&mut node.value, rest.is_empty()) {
        (Value::List(items), true) if array => {
            items.push(Node {
                key,
                line,
                value: Value::Record(table),
            });
            Some(())
        }
        (Value::Record(inner), true) if !array => {
            inner.extend(table);
            Some(())
        }
        (Value::Record(inner), false) => place_table(inner, rest, array, line, table, depth + 1),
        (Value::List(items), false) => match items.last_mut() {
            Some(Node {
                value: Value::Record(inner),
                ..
            }) => place_table(inner, rest, array, line, table, depth + 1),
            _ => None,
        },
        _ => None,
    }
}

/// Reads an XML or HTML document, however loosely formed.
pub(super) fn markup(input: &str) -> AppList {
    if let Some(list) = evernote(input) {
        return list;
    }
    let html = {
        let head: String = input.chars().take(512).collect::<String>().lower();
        head.contains("<html") || head.contains("<!doctype html") || head.contains("<table") || head.contains("<ul")
    };
    let root = parse_markup(input, html);
    let lines = input.lines().count();
    let format = if html { Format::Html } else { Format::Xml };
    let mut list = extract(&root, format, lines);
    let read = list.entries.len();
    device_said_short(&root, read, &mut list.notes);
    goes_on_in(&root, read, &mut list.notes);
    list
}

/// A YAML document, or several after `---` (fleetctl's `--yaml`, an inventory script's,
/// Ansible's), parsed into the tree JSON's is, and its apps found by the same rule: block
/// mappings and sequences (a sequence's items at its key's indent or deeper), flow
/// collections on a line (`{name: Slack, id: …}`, `[a, b]`), plain, single- and
/// double-quoted scalars, literal and folded blocks (`|`, `>`), comments, tags and anchors
/// taken off. With whether it is cut: a quoted string not closed at the end, or a last
/// record with fewer of the keys than the record before it has, all of its own among them.
/// `None` when the text is not such a document: a line of another shape, no structure (a
/// sequence or a nested mapping), a key with a space in it, no key anywhere for apps,
/// their names or their identifiers (a typed list of `- Slack: work chat` is no YAML), or
/// no record of an app (a typed list's `Installed:` over names is the typed reader's).
pub(super) fn yaml(input: &str) -> Option<(AppList, bool)> {
    // Each line's number, indent and text (without a comment), a sequence's `- ` split off
    // as a line of its own (`- name: Slack` is `-`, then `name: Slack` two columns right).
    let mut lines: Vec<(usize, usize, &str)> = Vec::new();
    let mut documents: Vec<Vec<(usize, usize, &str)>> = Vec::new();
    let mut block: Option<usize> = None;
    let mut last_line = 1;
    for (at, raw) in input.lines().enumerate() {
        let n = at + 1;
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        let text = yaml_uncommented(raw.get(indent..).unwrap_or("")).trim_end();
        // (A literal or folded block's lines, deeper than its key: its text.)
        if let Some(key_indent) = block {
            if raw.trim().is_empty() || indent > key_indent {
                if !raw.trim().is_empty() {
                    lines.push((n, usize::MAX, raw.trim()));
                    last_line = n;
                }
                continue;
            }
            block = None;
        }
        if text.is_empty() || raw.starts_with('%') {
            continue;
        }
        last_line = n;
        if text == "---" || text.starts_with("--- ") || text == "..." {
            if !lines.is_empty() {
                documents.push(std::mem::take(&mut lines));
            }
            continue;
        }
        if raw.starts_with('\t') {
            return None;
        }
        let (mut indent, mut text) = (indent, text);
        while text == "-" || text.starts_with("- ") {
            lines.push((n, indent, "-"));
            let rest = text.get(1..).unwrap_or("");
            let rest_trimmed = rest.trim_start();
            indent += 1 + rest.len() - rest_trimmed.len();
            text = rest_trimmed;
            if text.is_empty() {
                break;
            }
        }
        if !text.is_empty() {
            if text.ends_with(": |") || text.ends_with(": >") || text.ends_with(": |-") || text.ends_with(": >-") {
                block = Some(indent);
            }
            lines.push((n, indent, text));
        }
    }
    if !lines.is_empty() {
        documents.push(lines);
    }
    if documents.is_empty() || documents.len() > MAX_DOCUMENTS {
        return None;
    }
    let mut cut = false;
    let mut roots = Vec::new();
    let mut structured = false;
    for document in &documents {
        structured |= document
            .iter()
            .any(|&(_, indent, text)| text == "-" || indent > 0 && indent != usize::MAX);
        let mut at = 0;
        let first = document.first()?;
        let value = yaml_node(document, &mut at, first.1, 0, &mut cut)?;
        if at < document.len() {
            return None;
        }
        roots.push(Node {
            key: String::new(),
            line: first.0,
            value,
        });
    }
    let root = match roots.len() {
        1 => roots.pop()?,
        _ => Node {
            key: String::new(),
            line: 1,
            value: Value::List(roots),
        },
    };
    // (A machine's YAML: keys without spaces, and records of apps. A typed list's
    // headings, `Removed apps:`, `Installed:` over names, are the typed reader's to weigh.)
    // (Or names under a key for apps in a nested mapping, a device's `apps:`.)
    let mut found = Vec::new();
    walk(&root, false, false, &mut found);
    let nested = documents
        .iter()
        .flatten()
        .any(|&(_, indent, text)| indent > 0 && indent != usize::MAX && text != "-" && yaml_key(text).is_some());
    let records = found.iter().any(|c| !c.bare);
    if !structured || !names_apps(&root, 0) || !keys_plain(&root, 0) || !(records || nested) {
        return None;
    }
    cut |= last_record_short(&root, 0);
    let mut list = extract_found(&root, found, Format::Yaml, last_line);
    // (A text in YAML's shape whose apps are no records, `system_profiler`'s `Slack:` over
    // its details: for its own reader.)
    if list.entries.is_empty() {
        return None;
    }
    let read = list.entries.len();
    device_said_short(&root, read, &mut list.notes);
    goes_on_in(&root, read, &mut list.notes);
    Some((list, cut))
}

/// A YAML line without its comment: from a `#` after a space, outside quotes.
fn yaml_uncommented(text: &str) -> &str {
    if text.starts_with('#') {
        return "";
    }
    let mut quote: Option<u8> = None;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => {
                // (A quote opens a string only at a value's start: `Wendy's` is plain.)
                let before = i.checked_sub(1).and_then(|j| bytes.get(j));
                if before.is_none_or(|&p| matches!(p, b' ' | b'[' | b'{' | b',' | b':' | b'-')) {
                    quote = Some(b);
                }
            }
            None if b == b'#' && i > 0 && bytes.get(i - 1).is_some_and(|&p| p == b' ') => {
                return text.get(..i).unwrap_or(text);
            }
            None => {}
        }
    }
    text
}

/// The value that begins at `lines[*at]`, at `indent`: a sequence (its `-` lines), a
/// mapping (its `key:` lines) or a scalar; `None` when the lines are not YAML.
fn yaml_node(
    lines: &[(usize, usize, &str)],
    at: &mut usize,
    indent: usize,
    depth: usize,
    cut: &mut bool,
) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let &(_, _, text) = lines.get(*at)?;
    if text == "-" {
        let mut items = Vec::new();
        while let Some(&(n, i, "-")) = lines.get(*at) {
            if i != indent {
                break;
            }
            *at += 1;
            let value = match lines.get(*at) {
                // (The item's value: on its line after the `- `, or deeper under it.)
                Some(&(_, deeper, _)) if deeper > indent && deeper != usize::MAX => {
                    yaml_node(lines, at, deeper, depth + 1, cut)?
                }
                _ => Value::Text(String::new()),
            };
            items.push(Node {
                key: String::new(),
                line: n,
                value,
            });
        }
        return Some(Value::List(items));
    }
    if yaml_key(text).is_some() {
        let mut fields = Vec::new();
        while let Some(&(n, i, text)) = lines.get(*at) {
            if i != indent {
                break;
            }
            let (key, rest) = yaml_key(text)?;
            *at += 1;
            let value = if rest.is_empty() {
                match lines.get(*at) {
                    // (A sequence may stand at its key's indent.)
                    Some(&(_, deeper, next))
                        if deeper != usize::MAX && (deeper > indent || deeper == indent && next == "-") =>
                    {
                        yaml_node(lines, at, deeper, depth + 1, cut)?
                    }
                    _ => Value::Text(String::new()),
                }
            } else if matches!(rest, "|" | ">" | "|-" | ">-" | "|+" | ">+") {
                let mut said = Vec::new();
                while let Some(&(_, usize::MAX, line)) = lines.get(*at) {
                    said.push(line);
                    *at += 1;
                }
                Value::Text(said.join(" "))
            } else {
                yaml_scalar(rest, n, depth, cut)?
            };
            fields.push(Node { key, line: n, value });
        }
        return Some(Value::Record(fields));
    }
    let &(n, _, _) = lines.get(*at)?;
    *at += 1;
    yaml_scalar(text, n, depth, cut)
}

/// A mapping's line split at its key: `name: Slack`, `"name": Slack`, `apps:`. `None` for
/// a line with no key (a colon inside a word or a link, `http://…`).
pub(super) fn yaml_key(text: &str) -> Option<(String, &str)> {
    let (key, rest) = if let Some(quoted) = text.strip_prefix(['"', '\'']) {
        let q = text.chars().next()?;
        let end = quoted.find(q)?;
        let rest = quoted.get(end + 1..)?.strip_prefix(':')?;
        (quoted.get(..end)?.to_owned(), rest)
    } else {
        if text.starts_with(['[', '{', '&', '*', '!', '|', '>', '%', '@', '`']) {
            return None;
        }
        let at = text.find(": ").or_else(|| text.strip_suffix(':').map(str::len))?;
        (text.get(..at)?.trim_end().to_owned(), text.get(at + 1..)?)
    };
    (!key.is_empty() && (rest.is_empty() || rest.starts_with(' '))).then(|| (key, rest.trim()))
}

/// A YAML scalar or flow collection, its tag and anchor taken off: `Slack`, `'6.0.2'`,
/// `"zoom.us"`, `{name: Slack, id: …}`, `[a, b]`. A quoted string not closed is `cut`.
fn yaml_scalar(text: &str, line: usize, depth: usize, cut: &mut bool) -> Option<Value> {
    let mut text = text.trim();
    while let Some(rest) = text.strip_prefix(['!', '&']) {
        text = rest.split_once(' ').map_or("", |(_, value)| value.trim_start());
    }
    if text.starts_with(['[', '{']) {
        let mut at = 0;
        let value = yaml_flow(text.as_bytes(), text, &mut at, (line, depth), cut)?;
        return Some(value);
    }
    Some(Value::Text(yaml_string(text, cut)))
}

/// A scalar's text: a quoted one unquoted (`''` in single quotes, `\"` and `\\` in
/// double), a plain one as it is.
fn yaml_string(text: &str, cut: &mut bool) -> String {
    let text = text.trim();
    match text.as_bytes().first() {
        Some(&q @ (b'"' | b'\'')) => {
            let inner = text.get(1..).unwrap_or("");
            match inner.strip_suffix(char::from(q)) {
                Some(inner) if q == b'\'' => inner.replace("''", "'"),
                Some(inner) => unescaped(inner),
                None => {
                    *cut = true;
                    inner.to_owned()
                }
            }
        }
        _ => text.to_owned(),
    }
}

/// A flow collection from `bytes[*at]`: `{k: v, …}` or `[v, …]`, nested or not.
fn yaml_flow(bytes: &[u8], text: &str, at: &mut usize, (line, depth): (usize, usize), cut: &mut bool) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let close = match bytes.get(*at)? {
        b'{' => b'}',
        b'[' => b']',
        _ => return None,
    };
    *at += 1;
    let mut items = Vec::new();
    loop {
        while bytes.get(*at).is_some_and(|b| *b == b' ') {
            *at += 1;
        }
        match bytes.get(*at) {
            None => {
                *cut = true;
                break;
            }
            Some(&b) if b == close => {
                *at += 1;
                break;
            }
            Some(b',') => {
                *at += 1;
                continue;
            }
            Some(b'{' | b'[') => {
                let value = yaml_flow(bytes, text, at, (line, depth + 1), cut)?;
                items.push(Node {
                    key: String::new(),
                    line,
                    value,
                });
                continue;
            }
            Some(_) => {}
        }
        // An item to the next `,` or the close outside quotes.
        let start = *at;
        let mut quote: Option<u8> = None;
        while let Some(&b) = bytes.get(*at) {
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b',' || b == close => break,
                None => {}
            }
            *at += 1;
        }
        let item = text.get(start..*at)?.trim();
        let (key, value) = match yaml_key(item) {
            Some((key, value)) if close == b'}' => (key, value),
            _ => (String::new(), item),
        };
        let value = if value.starts_with(['{', '[']) {
            let mut inner = 0;
            yaml_flow(value.as_bytes(), value, &mut inner, (line, depth + 1), cut)?
        } else {
            Value::Text(yaml_string(value, cut))
        };
        items.push(Node { key, line, value });
    }
    Some(if close == b'}' {
        Value::Record(items)
    } else {
        Value::List(items)
    })
}

/// Whether any key in the tree is one for apps, an app's name or its identifier.
fn names_apps(node: &Node, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let key = fold(&node.key);
    let known =
        !key.is_empty() && (holds_apps(&key) || NAME_KEYS.contains(&key.as_str()) || ID_KEYS.contains(&key.as_str()));
    known
        || match &node.value {
            Value::Record(children) | Value::List(children) => children.iter().any(|c| names_apps(c, depth + 1)),
            Value::Text(_) => false,
        }
}

/// Whether every key in the tree is a word a machine writes, without spaces.
fn keys_plain(node: &Node, depth: usize) -> bool {
    depth <= MAX_DEPTH
        && !node.key.contains(char::is_whitespace)
        && match &node.value {
            Value::Record(children) | Value::List(children) => children.iter().all(|c| keys_plain(c, depth + 1)),
            Value::Text(_) => true,
        }
}

/// Whether the tree's last list of records ends with one whose keys are the first few
/// of the one before it, in order: a record cut short (see
/// [`super::formats::keys_cut_short`]).
fn last_record_short(node: &Node, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match &node.value {
        Value::List(items) => {
            let records: Vec<&Vec<Node>> = items
                .iter()
                .filter_map(|i| match &i.value {
                    Value::Record(fields) => Some(fields),
                    _ => None,
                })
                .collect();
            if let [.., before, last] = records.as_slice() {
                fn keys(fields: &[Node]) -> Vec<&str> {
                    fields.iter().map(|f| f.key.as_str()).collect()
                }
                if super::formats::keys_cut_short(&keys(last), &keys(before)) {
                    return true;
                }
            }
            items.last().is_some_and(|i| last_record_short(i, depth + 1))
        }
        Value::Record(fields) => fields.last().is_some_and(|f| last_record_short(f, depth + 1)),
        Value::Text(_) => false,
    }
}

/// What Apple's tools print of property lists as text, one document or several one after
/// the other (a loop over apps' `Info.plist`): PlistBuddy's `Print` (`Dict {`, `Key =
/// value`, `Array {`, `}`), `defaults read`'s old-style text (`{`, `key = value;`, `key =
/// (`, `);`) and `plutil -p`'s (`{`, `"key" => "value"`, `0 => {`, `]`), parsed into the
/// tree the XML property list is, and its apps found by the same rule (each dictionary
/// with a bundle's name or identifier one app, whatever is nested in it). With whether
/// the text is cut (a dictionary or an array still open at its end). `None` when the text
/// is no such document: its first line no dictionary's opening, its second no key's line,
/// or a line of none of these shapes.
pub(super) fn plist_text(input: &str) -> Option<(AppList, bool)> {
    let mut lines = input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let (_, first) = lines.next()?;
    let buddy = match first.trim() {
        "Dict {" => true,
        "{" => false,
        _ => return None,
    };
    let (_, second) = lines.next()?;
    let second = second.trim();
    let keyed = if buddy {
        second.split_once(" = ").is_some_and(|(key, _)| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b':'))
        })
    } else {
        // (`defaults read`'s line ends in `;` or opens a value; `plutil -p`'s key is quoted.)
        second.starts_with('"') && second.contains("\" => ")
            || second.contains(" = ") && (second.ends_with(';') || second.ends_with('(') || second.ends_with('{'))
    };
    if !keyed {
        return None;
    }
    // The containers open, each a key, a line, whether a list, and its children.
    let mut open: Vec<(String, usize, bool, Vec<Node>)> = vec![(String::new(), 1, true, Vec::new())];
    let mut last_line = 1;
    for (at, line) in input.lines().enumerate() {
        let n = at + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        last_line = n;
        let line = line.strip_suffix([';', ',']).unwrap_or(line).trim_end();
        if matches!(line, "}" | ")" | "]") {
            if open.len() <= 1 {
                return None;
            }
            let (key, at_line, list, children) = open.pop()?;
            let value = if list {
                Value::List(children)
            } else {
                Value::Record(children)
            };
            open.last_mut()?.3.push(Node {
                key,
                line: at_line,
                value,
            });
            continue;
        }
        let in_list = open.last().is_some_and(|&(_, _, list, _)| list);
        let split = line.split_once(" => ").or_else(|| line.split_once(" = "));
        let (key, value) = match split {
            // (`plutil -p`'s items are numbered: `0 => "slack"`.)
            Some((key, value)) if in_list && key.bytes().all(|b| b.is_ascii_digit()) => (String::new(), value.trim()),
            Some((key, value)) if !in_list || open.len() > 1 => (plist_string(key.trim()), value.trim()),
            Some(_) => return None,
            None if in_list => (String::new(), line),
            None => return None,
        };
        let opens = match value {
            "Dict {" | "{" => Some(false),
            "Array {" | "(" | "[" => Some(true),
            _ => None,
        };
        match opens {
            Some(list) => {
                if open.len() > MAX_DEPTH {
                    return None;
                }
                open.push((key, n, list, Vec::new()));
            }
            None => open.last_mut()?.3.push(Node {
                key,
                line: n,
                value: Value::Text(plist_string(value)),
            }),
        }
    }
    let cut = open.len() > 1;
    // (What was read of a cut document is kept, its open containers closed.)
    while open.len() > 1 {
        let (key, line, list, children) = open.pop()?;
        let value = if list {
            Value::List(children)
        } else {
            Value::Record(children)
        };
        open.last_mut()?.3.push(Node { key, line, value });
    }
    let (_, _, _, documents) = open.pop()?;
    let root = Node {
        key: String::new(),
        line: 1,
        value: Value::List(documents),
    };
    let mut list = extract(&root, Format::PropertyList, last_line);
    let read = list.entries.len();
    goes_on_in(&root, read, &mut list.notes);
    Some((list, cut))
}

/// A property list's string as Apple's tools print it: between double quotes with `\"`
/// and `\\` escaped (`defaults read`, `plutil -p`), or bare.
fn plist_string(text: &str) -> String {
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) => unescaped(inner),
        None => text.to_owned(),
    }
}

/// A double-quoted string's text without its escapes, `\"` and `\\` (YAML's, and Apple's
/// tools' when they print a property list); any other backslash kept as it is.
fn unescaped(inner: &str) -> String {
    let mut text = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some(next @ ('"' | '\\'))) => {
                text.push(next);
                chars.next();
            }
            _ => text.push(c),
        }
    }
    text
}

/// An Evernote export (`.enex`, `<en-export>`): each note's content, an ENML document in
/// CDATA (or escaped), read as the text it shows, a line for each block (`<div>`, `<p>`,
/// `<li>`, `<br/>`), by the reader of any pasted text; each line's apps on the file's line
/// the block begins on. A picture or a file in the note (`<en-media>`) or encrypted text
/// (`<en-crypt>`) is a line that stands for more of the list than is here; a note's title
/// is its name, no app, and a note when it says the list is not all (`Apps (part 1)`).
/// Everything else the file holds (dates, attributes, the attachments' data) is its
/// structure. `None` for any other document.
fn evernote(input: &str) -> Option<AppList> {
    let start = input.find("<en-export")?;
    let mut list = AppList {
        format: Format::Xml,
        ..AppList::default()
    };
    // The content's lines, each with the file's line it begins on.
    let mut shown: Vec<(usize, String)> = Vec::new();
    // (Lines counted forward from the last place asked about: the notes are in order.)
    let (mut counted_to, mut line) = (0, 1);
    let mut line_at = |at: usize| {
        line += input.get(counted_to..at).map_or(0, |t| t.matches('\n').count());
        counted_to = at.max(counted_to);
        line
    };
    let mut rest = start;
    while let Some(open) = input.get(rest..).and_then(|r| r.find("<note>")) {
        let note_at = rest + open;
        let end = input
            .get(note_at..)
            .and_then(|r| r.find("</note>"))
            .map_or(input.len(), |e| note_at + e);
        let note = input.get(note_at..end).unwrap_or("");
        rest = end;
        let inside = |tag: &str| {
            let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
            let from = note.find(&open)? + open.len();
            let to = note.get(from..)?.find(&close).map_or(note.len(), |e| from + e);
            Some((note_at + from, note.get(from..to)?))
        };
        if let Some((at, title)) = inside("title") {
            let title = unescape(title);
            if super::formats::title_says_elsewhere(crate::text::trim(&title)) {
                let n = line_at(at);
                list.notes.push(super::Note {
                    line: n,
                    skipped: super::Skipped::Elsewhere {
                        excerpt: super::account::excerpt(crate::text::trim(&title)),
                    },
                });
            }
        }
        if let Some((at, content)) = inside("content") {
            let (at, body) = match content.find("<![CDATA[") {
                Some(cdata) => {
                    let body = content.get(cdata + 9..).unwrap_or("");
                    (at + cdata + 9, body.split("]]>").next().unwrap_or(body).to_owned())
                }
                None => (at, unescape(content)),
            };
            enml_lines(&body, line_at(at), &mut shown);
        }
    }
    let text = shown.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("\n");
    let lines: Vec<&str> = crate::text::lines(&text).collect();
    // (A note that holds an export of its own, written in its text: its lines not read,
    // rather than exports read inside each other without end.)
    let read = if text.contains("<en-export") {
        let mut unread = AppList::default();
        for (n, line) in lines.iter().enumerate() {
            let skipped = super::Skipped::Unread {
                excerpt: super::account::excerpt(line),
            };
            unread.notes.push(super::Note { line: n + 1, skipped });
        }
        unread
    } else {
        super::formats::read(&text, &lines)
    };
    // (The content's line `n` is the file's `at(n)`.)
    let at = |n: usize| shown.get(n.wrapping_sub(1)).map_or(n, |&(line, _)| line);
    list.entries
        .extend(read.entries.into_iter().map(|e| Entry { line: at(e.line), ..e }));
    list.notes.extend(read.notes.into_iter().map(|note| super::Note {
        line: at(note.line),
        ..note
    }));
    list.mentions.extend(read.mentions.into_iter().map(|(n, m)| (at(n), m)));
    // (What a typed line says of its apps, `~~TikTok~~`, `TikTok (deleted)`, said of the
    // file's line it is on: the apps there are asked about, never ordered removed.)
    for (n, line) in lines.iter().enumerate() {
        use super::account::{answered_no, says_gone, struck_through};
        if struck_through(line) || says_gone(line) || answered_no(line) {
            list.mentions.push((at(n + 1), Mention::Status));
        }
    }
    crate::small_sort::sort_by_key(&mut list.mentions, |&(n, _)| n);
    list.mentions.dedup_by_key(|&mut (n, _)| n);
    list.counts.extend(read.counts.into_iter().map(|(n, c)| (at(n), c)));
    list.weighed.extend(read.weighed.into_iter().map(at));
    list.typed_lines.extend(read.typed_lines.into_iter().map(at));
    list.structure.push((1, input.lines().count().max(1)));
    Some(list)
}

/// The lines an ENML document (a note's content) shows, each with its line in the file
/// (the document begins on `line`), added to `shown`: a line for each block element
/// and `<br/>`, inline elements' text joined, entities read, a table's cells apart by a
/// tab, struck-through text between `~~`s; an attachment or encrypted
/// text a line of the object replacement character (`U+FFFC`), which stands for what is
/// not in the text.
fn enml_lines(body: &str, mut line: usize, shown: &mut Vec<(usize, String)>) {
    const BLOCKS: [&str; 27] = [
        "div",
        "p",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "pre",
        "hr",
        "en-note",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "center",
        "address",
    ];
    let (mut text, mut begins) = (String::new(), line);
    let flush = |text: &mut String, begins: usize, shown: &mut Vec<(usize, String)>| {
        // (A table's cells apart by a tab, as a tool's columns are.)
        let cells: Vec<String> = text
            .split('\t')
            .map(|cell| cell.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|cell| !cell.is_empty())
            .collect();
        let said = cells.join("\t");
        if !said.is_empty() {
            shown.push((begins, said));
        }
        text.clear();
    };
    let mut rest = body;
    while !rest.is_empty() {
        let (words, after) = rest.split_at(rest.find('<').unwrap_or(rest.len()));
        for piece in words.split_inclusive('\n') {
            let said = unescape(piece).replace('\t', " ");
            if text.trim().is_empty() && !said.trim().is_empty() {
                begins = line;
            }
            text.push_str(&said);
            line += usize::from(piece.ends_with('\n'));
        }
        if after.is_empty() {
            break;
        }
        // (A comment to its end; a tag to its `>`.)
        let end = if after.starts_with("<!--") {
            after.find("-->").map_or(after.len(), |e| e + 3)
        } else {
            after.find('>').map_or(after.len(), |e| e + 1)
        };
        let tag = after.get(1..end.saturating_sub(1)).unwrap_or("");
        let tag_line = line;
        line += tag.matches('\n').count();
        rest = after.get(end..).unwrap_or("");
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if name == "en-media" || name == "en-crypt" {
            flush(&mut text, begins, shown);
            shown.push((tag_line, "\u{fffc}".to_owned()));
            // (Encrypted text to its end: what it hides is no line.)
            if name == "en-crypt" && !tag.ends_with('/') {
                let close = rest.find("</en-crypt>").map_or(rest.len(), |e| e + 11);
                line += rest.get(..close).map_or(0, |t| t.matches('\n').count());
                rest = rest.get(close..).unwrap_or("");
            }
        } else if BLOCKS.contains(&name.as_str()) {
            flush(&mut text, begins, shown);
        } else {
            // (Inline markup inside a line's text: `<span>`, `<b>`, `<en-todo/>`; a cell's
            // end, a tab.)
            if tag.starts_with('/') && matches!(name.as_str(), "td" | "th") {
                text.push('\t');
            }
            // (Struck-through text between two pairs of tildes, as a typed list strikes
            // a name through: gone.)
            if matches!(name.as_str(), "s" | "del" | "strike") {
                text.push_str("~~");
            }
        }
    }
    flush(&mut text, begins, shown);
}

/// A document's words beside its apps that say the list goes on: a pager or a count
/// outside an HTML table (`Showing 1 to 10 of 57 entries`, `Page 1 of 4`, `Load more`,
/// `Installed apps (47)`, `…and 45 more`), said as a typed list's line would say it, or
/// a count beside the apps' records (Jamf's `<size>47</size>`) above the `read` apps.
/// A note that the rest is elsewhere for each.
fn goes_on_in(node: &Node, read: usize, notes: &mut Vec<super::Note>) {
    const COUNTS: [&str; 8] = [
        "size",
        "count",
        "total",
        "totalcount",
        "totalitems",
        "totalresults",
        "totalrecords",
        "numberofapplications",
    ];
    fn note(notes: &mut Vec<super::Note>, line: usize, text: &str) {
        notes.push(super::Note {
            line,
            skipped: super::Skipped::Elsewhere {
                excerpt: super::account::excerpt(text),
            },
        });
    }
    match &node.value {
        Value::Text(text) => {
            let text = crate::text::trim(text);
            // (Where an app's name may be, only a count of what it shows, `1 to 2 of 47`:
            // `Microsoft 365 Apps` is a name.)
            let key = fold(&node.key);
            let name = matches!(key.as_str(), "" | "td" | "th" | "li" | "tr")
                || NAME_KEYS.contains(&key.as_str())
                || ID_KEYS.contains(&key.as_str());
            let of = super::formats::says_of(text);
            // (A count of the list's rows or apps, or a page's: `Storage: 64 of 128 GB`,
            // `Step 2 of 3` count something else.)
            let of_the_list = || {
                text.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    super::formats::is_rows_word(w)
                        || super::formats::is_apps_word(w)
                        || matches!(
                            w.to_ascii_lowercase().as_str(),
                            "page" | "seite" | "página" | "pagina" | "pagina's"
                        )
                })
            };
            // (A pager, which page not said, in any cell: `« Previous | Next »`, `1 2 3 Next`.)
            let says = || {
                let total = super::formats::stated_total(text);
                super::formats::says_more(text) == Some(true)
                    || total == Some(usize::MAX)
                    || (!name || of) && of_the_list() && total.is_some_and(|total| total > read)
            };
            if !text.is_empty()
                && text.len() <= 200
                && text.bytes().any(|b| b.is_ascii_alphabetic() || b >= 0x80)
                && says()
            {
                note(notes, node.line, text);
            }
        }
        Value::List(items) => {
            for item in items {
                goes_on_in(item, read, notes);
            }
        }
        Value::Record(fields) => {
            // (A count beside records of apps: not a disk's `<size>`, nor the fonts'.)
            let records = holds_apps(&fold(&node.key)) && fields.iter().any(|f| matches!(f.value, Value::Record(_)));
            for field in fields {
                if let (true, Value::Text(text)) = (records, &field.value) {
                    let count = text.trim().parse::<usize>().ok();
                    if COUNTS.contains(&fold(&field.key).as_str()) && count.is_some_and(|n| n > read) {
                        note(notes, field.line, &format!("{}: {}", field.key, text.trim()));
                        continue;
                    }
                }
                goes_on_in(field, read, notes);
            }
        }
    }
}

/// An element being read: its tag, line, fields and children, and its text.
struct Open {
    tag: String,
    line: usize,
    children: Vec<Node>,
    text: String,
    has_elements: bool,
    named_attribute: bool,
}

fn parse_markup(input: &str, html: bool) -> Node {
    let mut stack: Vec<Open> = vec![Open {
        tag: String::new(),
        line: 1,
        children: Vec::new(),
        text: String::new(),
        has_elements: false,
        named_attribute: false,
    }];
    let mut line = 1;
    let mut rest = input;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            if let Some(top) = stack.last_mut() {
                top.text.push_str(&unescape(rest));
            }
            break;
        };
        let (text, after) = rest.split_at(open);
        if skip_until.is_none() {
            if let Some(top) = stack.last_mut() {
                top.text.push_str(&unescape(text));
            }
        }
        line += text.matches('\n').count();
        let (tag_text, end) = if let Some(body) = after.strip_prefix("<!--") {
            (None, body.find("-->").map_or(after.len(), |e| 4 + e + 3))
        } else if let Some(body) = after.strip_prefix("<![CDATA[") {
            let e = body.find("]]>").unwrap_or(body.len());
            if let Some(top) = stack.last_mut() {
                top.text.push_str(body.get(..e).unwrap_or(""));
            }
            (None, (9 + e + 3).min(after.len()))
        } else {
            match after.find('>') {
                Some(e) => (after.get(1..e), e + 1),
                None => (None, after.len()),
            }
        };
        let consumed = after.get(..end).unwrap_or(after);
        let tag_line = line;
        line += consumed.matches('\n').count();
        rest = after.get(end..).unwrap_or("");
        let Some(tag_text) = tag_text else { continue };
        if tag_text.starts_with(['?', '!']) {
            continue;
        }
        if let Some(closing) = tag_text.strip_prefix('/') {
            let name = closing.trim().lower();
            if skip_until.is_some_and(|s| s == name) {
                skip_until = None;
            }
            if stack.iter().skip(1).any(|o| o.tag == name) {
                while let Some(top) = stack.pop() {
                    let done = top.tag == name;
                    close(top, &mut stack, html);
                    if done {
                        break;
                    }
                }
            }
            continue;
        }
        if skip_until.is_some() {
            continue;
        }
        let self_closing = tag_text.ends_with('/');
        let tag_text = tag_text.trim_end_matches('/');
        let (name, attributes) = tag_text.split_once(char::is_whitespace).unwrap_or((tag_text, ""));
        let name = name.lower();
        if html && matches!(name.as_str(), "script" | "style") {
            if !self_closing {
                skip_until = Some(if name == "script" { "script" } else { "style" });
            }
            continue;
        }
        let mut element = Open {
            tag: name.clone(),
            line: tag_line,
            children: Vec::new(),
            text: String::new(),
            has_elements: false,
            named_attribute: false,
        };
        for (key, value) in attributes_of(attributes) {
            let folded = fold(&key);
            element.named_attribute |= NAME_KEYS.contains(&folded.as_str()) || ID_KEYS.contains(&folded.as_str());
            element.children.push(Node {
                key,
                line: tag_line,
                value: Value::Text(value),
            });
        }
        let void = html
            && matches!(
                name.as_str(),
                "br" | "img" | "input" | "meta" | "link" | "hr" | "col" | "area" | "base" | "source" | "wbr"
            );
        if stack.len() > MAX_DEPTH {
            continue;
        }
        if self_closing || void {
            close(element, &mut stack, html);
        } else {
            stack.push(element);
        }
    }
    while stack.len() > 1 {
        if let Some(top) = stack.pop() {
            close(top, &mut stack, html);
        }
    }
    let root = stack.pop();
    Node {
        key: String::new(),
        line: 1,
        value: Value::Record(root.map(|r| r.children).unwrap_or_default()),
    }
}

/// HTML's elements inside a line of text.
const INLINE: [&str; 24] = [
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "em", "font", "i", "kbd", "mark", "nobr", "q",
    "small", "span", "strong", "sub", "sup", "time", "u", "wbr",
];

/// Ends an element: a leaf becomes text; a property list's `dict` pairs its keys with
/// their values; an HTML table becomes rows keyed by its header.
fn close(element: Open, stack: &mut [Open], html: bool) {
    let Some(parent) = stack.last_mut() else { return };
    // HTML's markup inside a text (`<b>Tik</b>Tok`, `Slack<br>Slack Technologies`,
    // `Slack <small>(beta)</small>`, `com.<wbr>example`): part of its parent's text, as
    // a browser shows it, not an element of its own. (Struck-through text, `<s>`,
    // `<del>`, is not among them.)
    let inline = html && INLINE.contains(&element.tag.as_str());
    if inline && !element.has_elements && !element.named_attribute {
        if element.tag == "br" {
            parent.text.push(' ');
        }
        parent.text.push_str(&element.text);
        return;
    }
    parent.has_elements = true;
    let text = element.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        // The parent's text content includes its children's (a table cell's link).
        if !parent.text.is_empty() && !parent.text.ends_with(' ') {
            parent.text.push(' ');
        }
        parent.text.push_str(&text);
        parent.text.push(' ');
    }
    let value = match element.tag.as_str() {
        "dict" => Value::Record(plist_pairs(element.children)),
        "array" => Value::List(element.children),
        "table" => Value::List(table_rows(element.children)),
        "ul" | "ol" | "tbody" | "thead" | "tfoot" => Value::List(element.children),
        _ if !element.has_elements && !element.named_attribute => Value::Text(text),
        // A cell or a list item with other elements in it (a picture, a block, a
        // field): its whole text, as a browser shows it, unless it holds a list or a
        // table of its own, or struck-through text.
        "td" | "th" | "li"
            if html
                && !text.is_empty()
                && !element.children.iter().any(|c| {
                    matches!(
                        c.key.as_str(),
                        "ul" | "ol" | "dl" | "table" | "tr" | "s" | "del" | "strike"
                    )
                }) =>
        {
            Value::Text(text)
        }
        _ => {
            let mut children = element.children;
            if !element.has_elements && !text.is_empty() {
                children.push(Node {
                    key: element.tag.clone(),
                    line: element.line,
                    value: Value::Text(text),
                });
            }
            Value::Record(children)
        }
    };
    parent.children.push(Node {
        key: element.tag,
        line: element.line,
        value,
    });
}

/// `<key>K</key><string>V</string>`: each value takes the key before it.
fn plist_pairs(children: Vec<Node>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut key: Option<String> = None;
    for mut child in children {
        if child.key == "key" {
            if let Value::Text(k) = child.value {
                key = Some(k);
            }
            continue;
        }
        if let Some(k) = key.take() {
            child.key = k;
        }
        out.push(child);
    }
    out
}

/// The rows of an HTML table as records keyed by its header cells.
fn table_rows(children: Vec<Node>) -> Vec<Node> {
    let mut rows: Vec<Node> = Vec::new();
    for child in children {
        match child.value {
            Value::List(items) if matches!(child.key.as_str(), "thead" | "tbody" | "tfoot") => rows.extend(items),
            _ if child.key == "tr" => rows.push(child),
            _ => {}
        }
    }
    let cells = |row: &Node| -> Vec<(String, String)> {
        match &row.value {
            Value::Record(cells) => cells
                .iter()
                .filter(|c| matches!(c.key.as_str(), "td" | "th"))
                .map(|c| (c.key.clone(), text_of(c)))
                .collect(),
            Value::Text(t) => vec![("td".to_owned(), t.clone())],
            Value::List(_) => Vec::new(),
        }
    };
    let mut rows = rows.into_iter();
    let Some(first) = rows.next() else { return Vec::new() };
    let header: Vec<String> = cells(&first).into_iter().map(|(_, t)| t).collect();
    let header_is_names = header
        .iter()
        .any(|h| NAME_KEYS.contains(&fold(h).as_str()) || ID_KEYS.contains(&fold(h).as_str()));
    let mut out = Vec::new();
    let mut push_row = |row: &Node, keys: &[String]| {
        let fields = cells(row)
            .into_iter()
            .enumerate()
            .map(|(i, (_, text))| Node {
                key: keys
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| if i == 0 { "name".to_owned() } else { String::new() }),
                line: row.line,
                value: Value::Text(text),
            })
            .collect();
        out.push(Node {
            key: "tr".to_owned(),
            line: row.line,
            value: Value::Record(fields),
        });
    };
    // Without a header that names a column, the first column is taken as the name.
    let keys = if header_is_names { header } else { Vec::new() };
    if !header_is_names {
        push_row(&first, &keys);
    }
    for row in rows {
        push_row(&row, &keys);
    }
    out
}

fn text_of(node: &Node) -> String {
    match &node.value {
        Value::Text(t) => t.clone(),
        Value::Record(children) | Value::List(children) => children
            .iter()
            .map(text_of)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// `key="value" key='value' key=value` pairs of a start tag.
fn attributes_of(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while let Some(eq) = rest.find('=') {
        let key = rest
            .get(..eq)
            .unwrap_or("")
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_owned();
        let after = rest.get(eq + 1..).unwrap_or("").trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = after.get(1..).unwrap_or("");
                let end = body.find(q).unwrap_or(body.len());
                (body.get(..end).unwrap_or(""), body.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (after.get(..end).unwrap_or(""), after.get(end..).unwrap_or(""))
            }
        };
        if !key.is_empty() {
            out.push((key, unescape(value)));
        }
        rest = next;
    }
    out
}

/// The five XML entities, numeric references and `&nbsp;`.
pub(crate) fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at..).unwrap_or("");
        // (Only as far as the longest entity, `&ZeroWidthSpace;`: a text of `&` without
        // `;` is read once, not to its end again after each `&`.)
        let end = after.bytes().take(16).position(|b| b == b';');
        let entity = end.and_then(|e| after.get(1..e)).unwrap_or("");
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "shy" => Some('\u{ad}'),
            "ZeroWidthSpace" => Some('\u{200b}'),
            "zwnj" => Some('\u{200c}'),
            "zwj" => Some('\u{200d}'),
            "NoBreak" => Some('\u{2060}'),
            "lrm" => Some('\u{200e}'),
            "rlm" => Some('\u{200f}'),
            "trade" => Some('™'),
            "reg" => Some('®'),
            "copy" => Some('©'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "hellip" => Some('…'),
            "middot" => Some('·'),
            // (A pager's arrows: `&laquo; Previous | Next &raquo;`.)
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "lsaquo" => Some('‹'),
            "rsaquo" => Some('›'),
            "larr" => Some('←'),
            "rarr" => Some('→'),
            "bull" => Some('•'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(e.get(2..).unwrap_or(""), 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e.get(1..).and_then(|d| d.parse().ok()).and_then(char::from_u32),
            _ => None,
        };
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = after.get(e + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = after.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// An app found in a tree, before choosing which ones are the document's apps.
struct Candidate {
    line: usize,
    name: Option<String>,
    id: Option<String>,
    in_apps: bool,
    gone: bool,
    /// From a list of plain strings or items, not a record with a named field.
    bare: bool,
}

/// Finds the apps in a parsed document; every line of it is its structure.
fn extract(root: &Node, format: Format, last_line: usize) -> AppList {
    let mut found = Vec::new();
    walk(root, false, false, &mut found);
    extract_found(root, found, format, last_line)
}

/// [`extract`], the tree's candidates found already by [`walk`].
fn extract_found(root: &Node, found: Vec<Candidate>, format: Format, last_line: usize) -> AppList {
    let records = found.iter().any(|c| !c.bare);
    // (A document whose list of apps is there and empty, Jamf's `<applications><size>0
    // </size></applications>` in a device's record, has no apps: its device's display
    // name is none.)
    let in_apps = found.iter().any(|c| c.in_apps && !c.bare) || empty_app_list(root, 0);
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    for c in found {
        // Records under an app container when there are any; plain strings only when
        // there are no records at all (a JSON array of names, an HTML list).
        let keep = if c.bare { !records } else { c.in_apps || !in_apps };
        if !keep {
            continue;
        }
        if let Some(entry) = Entry::app(c.line, c.name.as_deref(), c.id.as_deref()) {
            if c.gone {
                list.mentions.push((c.line, Mention::Status));
            }
            list.entries.push(entry);
        }
    }
    list.structure.push((1, last_line.max(1)));
    list
}

/// Whether a folded key names a list of the apps themselves (`apps`, `installed_apps`,
/// `applications`, `software`, `packages`, `programs`), not an app's details
/// (`bundle_ids`, `app_extensions`).
pub(super) fn lists_apps(key: &str) -> bool {
    ["apps", "applications", "software", "packages", "programs", "programmes"]
        .iter()
        .any(|w| key.ends_with(w))
}

/// Collects candidates; returns whether `node`'s subtree held any.
fn walk(node: &Node, in_apps: bool, excluded: bool, found: &mut Vec<Candidate>) -> bool {
    let key = fold(&node.key);
    let in_apps = in_apps || holds_apps(&key);
    let excluded = excluded || is_not_apps(&key) && !holds_apps(&key);
    match &node.value {
        Value::Text(text) => {
            // A string on its own at the top, or in a list of strings.
            let bare_ok = key.is_empty() || in_apps || matches!(key.as_str(), "li" | "string" | "td");
            if bare_ok && !excluded && !text.trim().is_empty() && text.chars().count() <= 200 {
                found.push(Candidate {
                    line: node.line,
                    name: Some(text.clone()),
                    id: None,
                    in_apps,
                    gone: false,
                    bare: true,
                });
            }
            false
        }
        Value::List(items) => {
            let mut any = false;
            for item in items {
                any |= walk(item, in_apps, excluded, found);
            }
            any
        }
        Value::Record(fields) => {
            let before = found.len();
            let mut inner = false;
            for field in fields {
                if !matches!(field.value, Value::Text(_)) {
                    inner |= walk(field, in_apps, excluded, found);
                }
            }
            // Records below make this a container (a device holding apps); plain strings
            // below (an app's `signed_by` list) are this record's details.
            let records_below = found.iter().skip(before).any(|c| !c.bare);
            // (And so do names in a list under a key that names it the apps, `apps = ["Outlook",
            // …]` beside a device's `name`: not an app's details.)
            let names_below = !in_apps
                && found.iter().skip(before).any(|c| c.bare)
                && fields
                    .iter()
                    .any(|f| matches!(f.value, Value::List(_)) && lists_apps(&fold(&f.key)));
            if records_below || names_below || excluded {
                return inner || found.len() > before;
            }
            let text = |keys: &[&str]| {
                keys.iter().find_map(|wanted| {
                    fields.iter().find_map(|f| match &f.value {
                        Value::Text(t) if !t.trim().is_empty() && fold(&f.key) == *wanted => Some((f.line, t)),
                        _ => None,
                    })
                })
            };
            let name = text(NAME_KEYS);
            // A number is an identifier only as a store id; an inventory's own row ids are not.
            let id = text(ID_KEYS).filter(|(_, t)| !t.chars().all(|c| c.is_ascii_digit()) || t.len() >= 6);
            if name.is_none() && id.is_none() {
                return inner || found.len() > before;
            }
            found.truncate(before);
            let gone = fields.iter().any(|f| match &f.value {
                Value::Text(t) => {
                    let k = fold(&f.key);
                    is_status_key(&k) && status_says_gone(&k, t)
                }
                _ => false,
            });
            found.push(Candidate {
                line: name.or(id).map_or(node.line, |(l, _)| l),
                name: name.map(|(_, t)| t.clone()),
                id: id.map(|(_, t)| t.clone()),
                in_apps,
                gone,
                bare: false,
            });
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A double-quoted string's escapes read once, left to right: an escaped backslash
    /// before a quote is a backslash, then the quote ends nothing.
    #[test]
    fn escapes_in_a_quoted_string() {
        assert_eq!(unescaped(r#"Say \"hi\""#), r#"Say "hi""#);
        assert_eq!(unescaped(r"C:\\Apps\\Zoom"), r"C:\Apps\Zoom");
        assert_eq!(unescaped(r#"dir\\\"x"#), r#"dir\"x"#);
        assert_eq!(unescaped(r"\n stays, and a last \"), r"\n stays, and a last \");
        assert_eq!(yaml_string(r#""a\\" "#, &mut false), r"a\");
        assert_eq!(plist_string(r#""Zoom \"Work\"""#), r#"Zoom "Work""#);
    }

    /// A literal written as JSON keeps its lines and what its strings say; JSON already is
    /// left alone; any text, however broken, gives an answer and no panic.
    #[test]
    fn literals_are_written_as_json_line_for_line() {
        let python = "[{'name': 'Signal\\'s', 'ok': True, 'v': None, \"q\": 'say \"hi\"'},\n {'name': 'Zoom',},]";
        let json = literal_as_json(python).unwrap();
        assert_eq!(
            json,
            "[{\"name\": \"Signal's\", \"ok\": true, \"v\": null, \"q\": \"say \\\"hi\\\"\"},\n {\"name\": \"Zoom\"}]"
        );
        let node = "{ _id: ObjectId('65a1'), name: 'Slack', at: ISODate(\"2024-01-02\") }";
        assert_eq!(
            literal_as_json(node).unwrap(),
            "{ \"_id\": \"65a1\", \"name\": \"Slack\", \"at\": \"2024-01-02\" }"
        );
        assert_eq!(literal_as_json("[{\"name\": \"Slack\"}]"), None);
        assert_eq!(literal_as_json("[Slack, Zoom]"), None);
        assert_eq!(literal_as_json("{'name': 'Sl\nack'}"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn any_text_written_as_json_keeps_its_lines(text in "[\\[\\]{}():,'\"a-zA-Z0-9_ \\\\\n.é-]{0,60}") {
            if let Some(json) = literal_as_json(&text) {
                proptest::prop_assert!(json.matches('\n').count() <= text.matches('\n').count());
            }
        }
    }

    /// Entities up to the longest it knows (`&ZeroWidthSpace;`, which a bound of ten
    /// bytes had left undecoded) are decoded; an `&` with no `;` near it stays, and a text
    /// of many is read in one pass (each `&` had searched the rest of the text for a `;`:
    /// 200,000 of them took 4.5 s in the CLI's debug build).
    #[test]
    fn entities_are_decoded_as_far_as_the_longest_and_no_further() {
        assert_eq!(
            unescape("Tik&ZeroWidthSpace;Tok &amp; Co&#8482;"),
            "Tik\u{200b}Tok & Co™"
        );
        assert_eq!(unescape("Tom &amp Jerry; & more;"), "Tom &amp Jerry; & more;");
        let many = "&#".repeat(200_000);
        assert_eq!(unescape(&many), many);
    }

    fn read(text: &str) -> Vec<(usize, Option<String>, Option<String>)> {
        let list = if text.trim_start().starts_with(['{', '[']) {
            json(text).unwrap()
        } else {
            markup(text)
        };
        list.entries
            .into_iter()
            .map(|e| (e.line, e.name, e.identifier))
            .collect()
    }

    #[test]
    fn apps_several_levels_down_with_their_lines() {
        let text = "{\"computer\": {\n \"general\": {\"name\": \"Jane's Mac\", \"id\": 12},\n \"software\": {\"applications\": [\n  {\"name\": \"TikTok.app\",\n   \"bundle_id\": \"com.zhiliaoapp.musically\"},\n  {\"name\": \"Slack.app\"}\n]}}}";
        assert_eq!(
            read(text),
            [
                (4, Some("TikTok.app".into()), Some("com.zhiliaoapp.musically".into())),
                (6, Some("Slack.app".into()), None)
            ]
        );
    }

    #[test]
    fn a_device_record_holding_apps_is_not_an_app() {
        let text = r#"{"Output": {"0x1A": {"name": "iPad", "installedApps": [{"displayName": "TikTok", "bundleIdentifier": "com.zhiliaoapp.musically"}]}}}"#;
        assert_eq!(read(text).len(), 1);
        assert_eq!(read(r#"["TikTok", "Slack"]"#).len(), 2);
    }

    #[test]
    fn xml_elements_attributes_and_property_lists() {
        let jamf = "<computer>\n<general><name>Mac</name></general>\n<software><applications>\n<application><name>TikTok.app</name><path>/Applications/TikTok.app</path></application>\n</applications></software></computer>";
        assert_eq!(read(jamf), [(4, Some("TikTok.app".into()), None)]);
        let attrs =
            "<apps>\n<app name=\"TikTok\" bundleId=\"com.zhiliaoapp.musically\"/>\n<app name=\"Slack\"/>\n</apps>";
        assert_eq!(read(attrs).len(), 2);
        let plist = "<plist><array><dict>\n<key>CFBundleIdentifier</key>\n<string>com.zhiliaoapp.musically</string>\n<key>CFBundleDisplayName</key><string>TikTok</string>\n</dict></array></plist>";
        assert_eq!(
            read(plist),
            [(4, Some("TikTok".into()), Some("com.zhiliaoapp.musically".into()))]
        );
    }

    #[test]
    fn html_tables_by_their_header_and_lists() {
        let table = "<html><body><table>\n<tr><th>App name</th><th>Version</th></tr>\n<tr><td><a href=\"#\">TikTok</a></td><td>35.1</td></tr>\n<tr><td>Slack &amp; co</td><td>4</td></tr>\n</table></body></html>";
        assert_eq!(
            read(table),
            [(3, Some("TikTok".into()), None), (4, Some("Slack & co".into()), None)]
        );
        let list = "<html><ul>\n<li>TikTok</li>\n<li>Slack</li>\n</ul><script>var x = '<li>no</li>';</script></html>";
        assert_eq!(read(list).len(), 2);
    }

    #[test]
    fn a_status_saying_uninstalled_is_a_mention() {
        let list =
            json(r#"[{"name": "TikTok", "status": "Uninstalled"}, {"name": "Slack", "status": "Installed"}]"#).unwrap();
        assert_eq!(list.mentions, [(1, Mention::Status)]);
    }
}
