//! The device table: for an export of many devices (`report.devices`), the counts in
//! one sentence and a table with a row per device, the devices that must act first
//! and the others behind a choice; sortable by device, user, platform, answer and app,
//! filtered by a text that matches device, user or app; its rows drawn a chunk per task; and the
//! whole table as a CSV file made in the page (`fleet::to_csv`), never sent.
//!
//! One [`DeviceTable`] per drawing of the widget holds the devices shown and the
//! table's listeners, which sit on the result section (so a new check's table needs
//! none of its own) and are owned by the drawing.

use super::*;
// The kinds of answer a device can have, the most urgent first (as the counts count
// them); a kind's word is its row's `data-kind` and its choice's value.
use crate::case::Lower;
use crate::report::{DeviceAnswer, Fleet, Standing as Kind};

/// Rows drawn per task: a chunk of them stays well under 50 ms on a slow phone (50 rows
/// took 57 ms on a busy 2-core machine), and 1,000 devices take 40 tasks.
const ROWS_PER_TASK: usize = 25;
/// The characters of a device's name, serial number, user or platform a row draws.
const MAX_CELL_CHARS: usize = 120;

/// The columns the table can be sorted by (their `data-key`).
const SORTABLE: [&str; 5] = ["device", "user", "platform", "answer", "apps"];

/// The choices of the "Show" menu: one kind, or every device (`None`, "all").
const SHOW: [(Option<Kind>, Msg); 5] = [
    (Some(Kind::Act), Msg::FLEET_SHOW_ACT),
    (Some(Kind::Waiting), Msg::FLEET_SHOW_WAITING),
    (Some(Kind::Unread), Msg::FLEET_SHOW_UNREAD),
    (Some(Kind::Advice), Msg::FLEET_SHOW_ADVICE),
    (None, Msg::FLEET_SHOW_ALL),
];

/// The devices shown, and how.
struct State {
    fleet: Rc<Fleet>,
    kinds: Vec<Kind>,
    /// Per device: its name, serial, user and apps in lower case, for the text filter.
    haystacks: Vec<String>,
    /// The column sorted by and whether downwards; `None`: the export's order.
    sort: Option<(&'static str, bool)>,
    show: Option<Kind>,
    filter: String,
    ui: Lang,
    table: Element,
    body: Element,
    shown: Element,
}

/// The device table of one drawing of the widget.
#[derive(Clone, Default)]
pub(super) struct DeviceTable {
    state: Rc<RefCell<Option<State>>>,
    /// Counts drawings of the rows, so that an older drawing's chunks stop.
    drawing: Rc<std::cell::Cell<u64>>,
}

/// A device table for the widget `root` whose answers are drawn into `result`: its
/// listeners (sorting, the filters, the download) are the drawing's.
pub(super) fn device_table(root: &Element, result: &Element) -> DeviceTable {
    let table = DeviceTable::default();
    let on_click = table.clone();
    own(
        root,
        EventListener::new(result, "click", move |event| {
            let Some(target) = target_el(event) else {
                return;
            };
            if let Some(header) = within(&target, "#device-table th[data-key] button") {
                let key = header.parent_element().and_then(|th| th.get_attribute("data-key"));
                if let Some(key) = SORTABLE.into_iter().find(|k| key.as_deref() == Some(*k)) {
                    on_click.sort_by(key);
                }
            } else if within(&target, "#download-devices").is_some() {
                on_click.download();
            }
        }),
    );
    // A select fires `input` too, as a text field does.
    let on_edit = table.clone();
    own(
        root,
        EventListener::new(result, "input", move |event| {
            let Some(target) = target_el(event) else {
                return;
            };
            let value = || prop(&target, "value").and_then(|v| v.as_string());
            match (target.id().as_str(), value()) {
                ("device-filter", Some(text)) => on_edit.change(|s| s.filter = text.trim().lower()),
                ("device-show", Some(value)) => {
                    let show = SHOW.iter().find(|(k, _)| k.map_or("all", Kind::word) == value);
                    on_edit.change(|s| s.show = show.and_then(|(k, _)| *k));
                }
                _ => {}
            }
        }),
    );
    table
}

impl DeviceTable {
    /// Draws the counts and the table of `fleet` at the end of `parent`.
    pub(super) fn draw(&self, document: &Document, parent: &Element, fleet: &Fleet, ui: Lang) {
        let section = el(
            document,
            "section",
            &[("id", "devices"), ("aria-labelledby", "devices-title")],
        );
        put(
            document,
            &section,
            "h2",
            &[("id", "devices-title")],
            Msg::FLEET_TITLE.get(ui),
        );
        put(document, &section, "p", &[("id", "fleet-summary")], &fleet.summary);
        let kinds: Vec<Kind> = fleet.devices.iter().map(Kind::of).collect();
        // The most urgent kind any device has, else every device.
        let show = SHOW.iter().filter_map(|(k, _)| *k).find(|k| kinds.contains(k));
        let controls = add(document, &section, "div", &[("class", "device-controls")], "");
        let select = el(document, "select", &[("id", "device-show")]);
        for (kind, msg) in SHOW {
            let attrs = [("value", kind.map_or("all", Kind::word)), ("selected", "")];
            put(document, &select, "option", but_last(&attrs, kind == show), msg.get(ui));
        }
        labelled(document, &controls, Msg::FLEET_SHOW.get(ui), &select);
        let input = el(
            document,
            "input",
            &[
                ("type", "search"),
                ("id", "device-filter"),
                ("autocomplete", "off"),
                ("spellcheck", "false"),
            ],
        );
        labelled(document, &controls, Msg::FLEET_FILTER.get(ui), &input);
        let shown = add(
            document,
            &section,
            "p",
            &[("id", "devices-shown"), ("role", "status")],
            "",
        );
        // The table scrolls in its own box: a phone's page keeps its width.
        let scroll = add(
            document,
            &section,
            "div",
            &[
                ("class", "table-scroll"),
                ("role", "region"),
                ("tabindex", "0"),
                ("aria-labelledby", "device-caption"),
            ],
            "",
        );
        let table = add(document, &scroll, "table", &[("id", "device-table")], "");
        put(
            document,
            &table,
            "caption",
            &[("id", "device-caption")],
            Msg::FLEET_CAPTION.get(ui),
        );
        let head = add(document, &table, "thead", &[], "");
        let row = add(document, &head, "tr", &[], "");
        for (key, msg) in SORTABLE.into_iter().zip([
            Msg::FLEET_COL_DEVICE,
            Msg::FLEET_COL_USER,
            Msg::FLEET_COL_PLATFORM,
            Msg::FLEET_COL_ANSWER,
            Msg::FLEET_COL_APPS,
        ]) {
            let th = add(document, &row, "th", &[("scope", "col"), ("data-key", key)], "");
            put(document, &th, "button", &[("type", "button")], msg.get(ui));
        }
        let body = add(document, &table, "tbody", &[], "");

        let download = add(document, &section, "p", &[("class", "device-download")], "");
        let button = [("type", "button"), ("id", "download-devices")];
        put(document, &download, "button", &button, Msg::FLEET_DOWNLOAD.get(ui));
        put(
            document,
            &download,
            "span",
            &[("class", "note")],
            Msg::FLEET_DOWNLOAD_NOTE.get(ui),
        );
        append(parent, &section);

        *self.state.borrow_mut() = Some(State {
            fleet: Rc::new(fleet.clone()),
            kinds,
            haystacks: fleet.devices.iter().map(haystack).collect(),
            sort: None,
            show,
            filter: String::new(),
            ui,
            table,
            body,
            shown,
        });
        self.draw_rows();
    }

    /// Forgets the devices shown (the answer drawn now is not an export's).
    pub(super) fn clear(&self) {
        self.drawing.set(self.drawing.get() + 1);
        *self.state.borrow_mut() = None;
    }

    fn change(&self, edit: impl FnOnce(&mut State)) {
        if let Some(state) = self.state.borrow_mut().as_mut() {
            edit(state);
        }
        self.draw_rows();
    }

    /// Sorts by `key`, upwards first, then the other way; marks the column (`aria-sort`).
    fn sort_by(&self, key: &'static str) {
        self.change(|s| {
            let down = matches!(s.sort, Some((k, false)) if k == key);
            s.sort = Some((key, down));
            let sorted = if down { "descending" } else { "ascending" };
            for k in SORTABLE {
                if let Some(th) = find_el(&s.table, &format!("th[data-key={k}]")) {
                    let _ = if k == key {
                        th.set_attribute("aria-sort", sorted)
                    } else {
                        th.remove_attribute("aria-sort")
                    };
                }
            }
        });
    }

    /// Draws the rows the choices show, in their order, a chunk per task from the
    /// next one; a newer drawing stops this one.
    fn draw_rows(&self) {
        let drawing = self.drawing.get() + 1;
        self.drawing.set(drawing);
        let Some((order, body, table, ui)) = self.state.borrow().as_ref().map(|s| {
            let order = s.order();
            let (n, total) = (order.len().to_string(), s.fleet.devices.len().to_string());
            let count = fill(Msg::FLEET_SHOWN.get(s.ui), &[("n", &n), ("total", &total)]);
            s.shown.set_text_content(Some(&count));
            (order, s.body.clone(), s.table.clone(), s.ui)
        }) else {
            return;
        };
        body.set_text_content(None);
        let Some(document) = body.owner_document() else { return };
        if order.is_empty() {
            let row = add(&document, &body, "tr", &[], "");
            put(&document, &row, "td", &[("colspan", "5")], Msg::FLEET_NONE.get(ui));
            return;
        }
        set(&table, "aria-busy", "true");
        let this = self.clone();
        // The first chunk too in a task of its own: the task that draws the answer
        // also lays out the page (the focus moves to the answer), and is long enough.
        wasm_bindgen_futures::spawn_local(async move {
            for chunk in order.chunks(ROWS_PER_TASK) {
                next_task().await;
                if this.drawing.get() != drawing {
                    return;
                }
                this.append_rows(&document, &body, chunk);
            }
            let _ = table.remove_attribute("aria-busy");
        });
    }

    fn append_rows(&self, document: &Document, body: &Element, rows: &[usize]) {
        let state = self.state.borrow();
        let Some(s) = state.as_ref() else { return };
        for &i in rows {
            if let (Some(d), Some(kind)) = (s.fleet.devices.get(i), s.kinds.get(i)) {
                append(body, &device_row(document, d, *kind));
            }
        }
    }

    /// Saves the answers of every device as `appcheck-devices.csv`, made here.
    fn download(&self) {
        let state = self.state.borrow();
        let Some(s) = state.as_ref() else { return };
        // A byte-order mark first: without it, Excel reads UTF-8 as the system's code page.
        let csv = format!("\u{FEFF}{}", crate::fleet::to_csv(&s.fleet));
        save_file(&s.table, "appcheck-devices.csv", "text/csv;charset=utf-8", &csv);
    }
}

impl State {
    /// The devices shown, by index, in the order shown.
    fn order(&self) -> Vec<usize> {
        let mut order: Vec<(usize, (u8, String))> = (0..self.fleet.devices.len())
            .filter(|&i| self.show.is_none() || self.kinds.get(i).copied() == self.show)
            .filter(|&i| self.filter.is_empty() || self.haystacks.get(i).is_some_and(|h| h.contains(&self.filter)))
            .filter_map(|i| {
                let d = self.fleet.devices.get(i)?;
                let user = d.user.as_deref().unwrap_or("");
                let key = match self.sort.map(|(k, _)| k) {
                    None => (0, String::new()),
                    Some("device") => (0, d.name.lower()),
                    // Devices without a user after those with one.
                    Some("user") => (u8::from(user.is_empty()), user.lower()),
                    Some("platform") => {
                        let os = d.os.clone().or_else(|| d.platform.map(|p| p.as_str().to_owned()));
                        (u8::from(os.is_none()), os.unwrap_or_default().lower())
                    }
                    // By the first app the answer is about; devices with none after.
                    Some("apps") => {
                        let app = d
                            .apps
                            .first()
                            .map(|a| a.app.as_ref().map_or(a.input.as_str(), |r| r.name.as_str()));
                        (u8::from(app.is_none()), app.unwrap_or("").lower())
                    }
                    Some(_) => (*self.kinds.get(i)? as u8, String::new()),
                };
                Some((i, key))
            })
            .collect();
        match self.sort {
            Some((_, true)) => crate::small_sort::sort_by(&mut order, |a, b| b.1 < a.1),
            Some((_, false)) => crate::small_sort::sort_by(&mut order, |a, b| a.1 < b.1),
            None => {}
        }
        order.into_iter().map(|(i, _)| i).collect()
    }
}

/// `<p><label>text</label>control</p>` at the end of `parent`.
fn labelled(document: &Document, parent: &Element, text: &str, control: &Element) {
    let p = add(document, parent, "p", &[], "");
    put(document, &p, "label", &[("for", &control.id())], text);
    append(&p, control);
}

/// What the text filter looks in: the device's name, serial and user, its apps' names
/// and identifiers, in lower case.
fn haystack(d: &DeviceAnswer) -> String {
    let (serial, user) = (d.serial.as_deref().unwrap_or(""), d.user.as_deref().unwrap_or(""));
    let mut text = format!("{}\n{serial}\n{user}", d.name);
    for a in &d.apps {
        let (name, id) = (a.app.as_ref().map_or("", |r| r.name.as_str()), a.identifier.as_deref());
        text += &format!("\n{}\n{name}\n{}", a.input, id.unwrap_or(""));
    }
    text.lower()
}

/// One device's row: its name and serial (a row header), user, platform as the export
/// writes it, answer, and the apps the answer is about with their verdicts and
/// deadlines. Everything from the export is drawn as a name (`put_name`).
fn device_row(document: &Document, d: &DeviceAnswer, kind: Kind) -> Element {
    let row = el(document, "tr", &[("data-kind", kind.word())]);
    let device = add(document, &row, "th", &[("scope", "row"), ("class", "device")], "");
    // (An export's cells as long as anyone typed them: each drawn to its first
    // `MAX_CELL_CHARS`, the CSV download keeps them whole.)
    let cell = |parent: &Element, tag: &str, class: &str, text: &str| {
        put_name_within(document, parent, tag, &[("class", class)], text, MAX_CELL_CHARS);
    };
    cell(&device, "span", "device-name", &d.name);
    if let Some(serial) = d.serial.as_deref().filter(|s| *s != d.name) {
        cell(&device, "span", "serial", serial);
    }
    cell(&row, "td", "user", d.user.as_deref().unwrap_or(""));
    let platform = d.os.as_deref().or(d.platform.map(crate::policy::Platform::as_str));
    cell(&row, "td", "platform", platform.unwrap_or(""));
    let answer = [("class", "answer"), ("data-answer", word(d.answer))];
    put(document, &row, "td", &answer, &d.label);
    let apps = add(document, &row, "td", &[("class", "apps")], "");
    if !d.apps.is_empty() {
        let list = add(document, &apps, "ul", &[], "");
        for a in &d.apps {
            let name = a.app.as_ref().map_or(a.input.as_str(), |r| r.name.as_str());
            let text = match &a.deadline {
                Some(deadline) => format!("{name}: {} ({})", a.verdict, deadline.text),
                None => format!("{name}: {}", a.verdict),
            };
            put_name(document, &list, "li", &[], &text);
        }
    }
    row
}
