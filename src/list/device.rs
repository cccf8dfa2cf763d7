//! The devices of a multi-device export: which rows belong to which device, and what
//! the export's own columns say about each (its name, serial, user, operating system,
//! model, ownership), as written.
//!
//! A device-management tool's app inventory (Intune's `AppInvRawData` and
//! `AppInvByDevice`, a Jamf Pro advanced search, a Workspace ONE report) has one row
//! per app per device. The CSV reader finds the device columns by their header (the
//! keys below, folded as every header is) and gives each row's entry its device; a
//! row with no device in it goes to one record with no name, so no row is lost. What
//! the values *mean* for a policy (platform, ownership, kind of device) is decided
//! above, in `fleet`: this floor only reads.

use serde::Serialize;

use super::{AppList, Note, Skipped};
use crate::case::Lower;

/// A device an export's rows belong to, with what its columns say, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeviceRecord {
    /// The device's name (`DeviceName`, `Display Name`, `Friendly Name`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its serial number or the tool's device id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    /// Its user: a name or an e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Its platform or operating system, as the export writes it (`iOS`, `Android 14`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// Its model (`iPhone 15`, `iPad Air`, `MacBook Pro`), where the export has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Who owns it, as the export writes it (`Corporate`, `Personal`, `Employee Owned`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ownership: Option<String>,
    /// In an aggregate export (Intune's `AppInvAggregate`), a row is no device but a
    /// group: how many devices have its app (`DeviceCount`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// Header keys (folded) of a device's name, most specific first. `displayname` is a
/// device's name only when another column names the app (Jamf's searches).
const NAME_KEYS: &[&str] = &[
    "devicename",
    "devicefriendlyname",
    "friendlyname",
    "computername",
    "mobiledevicename",
    "devicedisplayname",
    "hostname",
    "displayname",
    "gerätename",
    "gerätname",
    "nomdelappareil",
    "nomappareil",
    "nombredeldispositivo",
    "nombredispositivo",
    "nomedodispositivo",
    "nomedeldispositivo",
];

/// Header keys of a device's serial number or id.
const SERIAL_KEYS: &[&str] = &[
    "serialnumber",
    "deviceserialnumber",
    "serial",
    "deviceid",
    "manageddeviceid",
    "intunedeviceid",
    "udid",
    "deviceudid",
    "imei",
    "seriennummer",
    "numérodesérie",
    "numerodeserie",
    "númerodeserie",
    "numerodiserie",
];

/// Header keys of the device's user.
const USER_KEYS: &[&str] = &[
    "username",
    "userprincipalname",
    "upn",
    "emailaddress",
    "email",
    "useremail",
    "useremailaddress",
    "enrollmentusername",
    "enrollmentuser",
    "primaryuser",
    "primaryuserupn",
    "userdisplayname",
    "fullname",
    "realname",
    "user",
    "benutzer",
    "benutzername",
    "utilisateur",
    "nomdutilisateur",
    "usuario",
    "nombredeusuario",
    "utente",
];

/// Header keys of the device's platform or operating system.
const OS_KEYS: &[&str] = &[
    "platform",
    "deviceplatform",
    "operatingsystem",
    "osdescription",
    "os",
    "ostype",
    "platformtype",
    "betriebssystem",
    "plattform",
    "systèmedexploitation",
    "plateforme",
    "sistemaoperativo",
    "plataforma",
    "piattaforma",
];

/// Header keys whose presence says the platform: a value under "iOS Version" is an
/// iOS device's (Jamf's mobile device searches).
const OS_BY_VERSION_KEYS: &[(&str, &str)] = &[
    ("iosversion", "iOS"),
    ("ipadosversion", "iPadOS"),
    ("androidversion", "Android"),
    ("macosversion", "macOS"),
];

/// Header keys of the device's model.
const MODEL_KEYS: &[&str] = &[
    "model",
    "devicemodel",
    "modelidentifier",
    "producttype",
    "devicetype",
    "modell",
    "modèle",
    "modelo",
    "modello",
];

/// Header keys of who owns the device.
const OWNERSHIP_KEYS: &[&str] = &[
    "ownership",
    "deviceownership",
    "ownershiptype",
    "ownertype",
    "manageddeviceownertype",
    "deviceownershiptype",
    "besitz",
    "besitzer",
    "eigentümer",
    "eigentum",
    "propriétaire",
    "propriété",
    "propiedad",
    "propietario",
    "proprietario",
    "proprietà",
];

/// Header keys of an aggregate's count of devices per app.
const COUNT_KEYS: &[&str] = &[
    "devicecount",
    "installcount",
    "installedcount",
    "devicescount",
    "numberofdevices",
];

/// The columns of a table that describe its rows' device.
#[derive(Debug, Clone, Default)]
pub(super) struct DeviceColumns {
    name: Option<usize>,
    serial: Option<usize>,
    user: Option<usize>,
    os: Option<usize>,
    os_by_version: Option<(usize, &'static str)>,
    model: Option<usize>,
    ownership: Option<usize>,
    /// An aggregate's count column: then each row is a group of devices.
    count: Option<usize>,
}

impl DeviceColumns {
    /// The first column that says which device a row is (its name or serial number): a
    /// row that ends before it names none, not even by leaving it blank.
    pub(super) fn first_identity(&self) -> Option<usize> {
        self.name.into_iter().chain(self.serial).min()
    }

    /// The columns a row's device is read from, and whether each is one of free text that
    /// a comma may be part of (a user's `Doe, Jane`): `(column, free)`.
    pub(super) fn columns(&self) -> impl Iterator<Item = (usize, bool)> + '_ {
        let plain = [self.name, self.serial, self.os, self.model, self.ownership, self.count];
        plain
            .into_iter()
            .chain([self.os_by_version.map(|(c, _)| c)])
            .flatten()
            .map(|c| (c, false))
            .chain(self.user.map(|c| (c, true)))
    }

    /// Whether a header row describes devices: a device's name or serial number and one
    /// more thing about it (its user, system, model or serial number).
    pub(super) fn describe_devices(keys: &[String]) -> bool {
        let has = |wanted: &[&str]| keys.iter().any(|k| wanted.contains(&k.as_str()));
        let more = [has(SERIAL_KEYS), has(USER_KEYS), has(OS_KEYS), has(MODEL_KEYS)]
            .into_iter()
            .filter(|&b| b)
            .count()
            + usize::from(keys.iter().any(|k| OS_BY_VERSION_KEYS.iter().any(|(v, _)| k == v)));
        (has(NAME_KEYS) || has(SERIAL_KEYS)) && more > usize::from(!has(NAME_KEYS))
    }

    /// Whether a header's folded `keys` give a generic name (`Name`, `Title`) beside the
    /// device's own name column and an app's attributes (a version, a vendor): then the
    /// generic name is the app's (Meraki's `Device name,Serial,Name,Version,Vendor`).
    pub(super) fn name_beside_device(keys: &[String]) -> bool {
        let has = |wanted: &[&str]| keys.iter().any(|k| wanted.contains(&k.as_str()));
        has(&["name", "title", "label"])
            && has(NAME_KEYS)
            && has(&[
                "version",
                "vendor",
                "publisher",
                "developer",
                "installdate",
                "installedon",
            ])
            && !has(USER_KEYS)
    }

    /// Whether a header's folded `keys` describe people: a generic name beside a user's
    /// column (an e-mail address, a user principal name) and a column only a person has
    /// (a department, a job title, a manager), none an app has (a version, a publisher, a
    /// status) — a directory's or a team's sheet, whose names are people's. (`Name,
    /// Version, User` is a list of apps by user.)
    pub(super) fn describe_people(keys: &[String]) -> bool {
        const PEOPLE: &[&str] = &[
            "department",
            "jobtitle",
            "title",
            "manager",
            "office",
            "officelocation",
            "mobilephone",
            "phone",
            "employeeid",
            "firstname",
            "lastname",
            "givenname",
            "surname",
            "team",
        ];
        let has = |wanted: &[&str]| keys.iter().any(|k| wanted.contains(&k.as_str()));
        let apps = keys.iter().any(|k| {
            [
                "version",
                "publisher",
                "vendor",
                "status",
                "install",
                "size",
                "bundle",
                "package",
                "app",
            ]
            .iter()
            .any(|a| k.contains(a))
        });
        has(&["name", "displayname", "fullname"]) && has(USER_KEYS) && has(PEOPLE) && !apps
    }

    /// The device columns among a header's folded `keys`, leaving out the columns the
    /// app's name and identifier were read from; `None` when no column names or
    /// identifies a device (a list of one device's apps, or an aggregate).
    pub(super) fn find(keys: &[String], taken: &[Option<usize>]) -> Option<DeviceColumns> {
        let free = |i: &usize| !taken.contains(&Some(*i));
        let find = |wanted: &[&str]| {
            wanted
                .iter()
                .find_map(|w| keys.iter().position(|k| k == w).filter(free))
        };
        let columns = DeviceColumns {
            name: find(NAME_KEYS),
            serial: find(SERIAL_KEYS),
            user: find(USER_KEYS),
            os: find(OS_KEYS),
            os_by_version: OS_BY_VERSION_KEYS
                .iter()
                .find_map(|(k, os)| Some((keys.iter().position(|key| key == k)?, *os))),
            model: find(MODEL_KEYS),
            ownership: find(OWNERSHIP_KEYS),
            count: None,
        };
        if columns.name.is_some() || columns.serial.is_some() {
            return Some(columns);
        }
        // An aggregate: no device, a count of them per row (and maybe their platform).
        let count = find(COUNT_KEYS)?;
        Some(DeviceColumns {
            count: Some(count),
            ..columns
        })
    }

    /// Whether each row is a group of devices (an aggregate export), not one device's app.
    pub(super) fn aggregate(&self) -> bool {
        self.count.is_some()
    }

    /// The device a row describes.
    pub(super) fn record(&self, row: &[String]) -> DeviceRecord {
        // (A placeholder for no value, `NULL`, `Unknown`, `To be filled by O.E.M.`, is none:
        // two devices with it are not one.)
        let cell = |c: Option<usize>| {
            c.and_then(|c| row.get(c))
                .map(|v| v.trim())
                .filter(|v| !super::formats::no_value(v))
                .map(str::to_owned)
        };
        let os = cell(self.os).or_else(|| {
            let (c, os) = self.os_by_version?;
            cell(Some(c)).map(|_| os.to_owned())
        });
        DeviceRecord {
            name: cell(self.name),
            serial: cell(self.serial),
            user: cell(self.user),
            os,
            model: cell(self.model),
            ownership: cell(self.ownership),
            count: cell(self.count).and_then(|c| c.replace([',', '.', ' ', '\u{a0}'], "").parse().ok()),
        }
    }
}

/// The devices of a table, built row by row: rows of one device (the same serial or
/// id; else the same name and user) share a record.
#[derive(Debug, Default)]
pub(super) struct Devices {
    records: Vec<DeviceRecord>,
    by_key: crate::text::FastMap<(String, String), u32>,
    /// An aggregate's rows: each its own group, never merged.
    aggregate: bool,
    /// The last row's device and what identified it (name, serial, user).
    last: Option<(u32, DeviceRecord)>,
}

impl Devices {
    /// The index of the device a table row describes. An export's rows of one device
    /// mostly come together: a row naming the same device as the row before is known
    /// without building its record.
    pub(super) fn of_row(&mut self, columns: &DeviceColumns, row: &[String]) -> u32 {
        let same = |c: Option<usize>, last: &Option<String>| {
            c.and_then(|c| row.get(c)).map(|v| v.trim()).filter(|v| !v.is_empty()) == last.as_deref()
        };
        if let Some((i, last)) = &self.last {
            let blank = |c: Option<usize>| c.and_then(|c| row.get(c)).is_none_or(|v| v.trim().is_empty());
            // An export grouped by device (Excel's, a report's) leaves the device's cells
            // blank below its first row, or its serial: those rows are the device above.
            // (Not a row that describes another device: another OS, owner or model.)
            let ditto = blank(columns.name)
                && blank(columns.serial)
                && blank(columns.user)
                && blank(columns.os)
                && blank(columns.os_by_version.map(|(c, _)| c))
                && blank(columns.model)
                && blank(columns.ownership);
            let serial_once = columns.serial.is_some()
                && blank(columns.serial)
                && !blank(columns.name)
                && same(columns.name, &last.name)
                && (blank(columns.user) || same(columns.user, &last.user));
            if !columns.aggregate()
                && (ditto
                    || serial_once
                    || same(columns.serial, &last.serial)
                        && same(columns.name, &last.name)
                        && same(columns.user, &last.user))
            {
                let i = *i;
                // (Its owner said again another way, `Corporate` under `Personal`: kept
                // beside the first, as `of` keeps it.)
                let owner = columns
                    .ownership
                    .and_then(|c| row.get(c))
                    .map(|v| v.trim())
                    .filter(|v| !v.is_empty());
                if let (Some(owner), Some(known)) = (owner, self.records.get_mut(i as usize)) {
                    add_owner(&mut known.ownership, owner);
                }
                return i;
            }
        }
        let record = columns.record(row);
        let identity = DeviceRecord {
            name: record.name.clone(),
            serial: record.serial.clone(),
            user: record.user.clone(),
            ..DeviceRecord::default()
        };
        let i = self.of(record);
        self.last = Some((i, identity));
        i
    }

    /// The index of `record`'s device, adding it the first time it is seen; what a
    /// later row adds (a model one row left empty) fills the record in.
    pub(super) fn of(&mut self, record: DeviceRecord) -> u32 {
        if record.count.is_some() || self.aggregate {
            self.aggregate = true;
            let i = u32::try_from(self.records.len()).unwrap_or(u32::MAX);
            self.records.push(record);
            return i;
        }
        let key = match &record.serial {
            Some(serial) => (serial.lower(), String::new()),
            None => (
                record.name.as_deref().unwrap_or("").lower(),
                record.user.as_deref().unwrap_or("").lower(),
            ),
        };
        if let Some(&i) = self.by_key.get(&key) {
            if let Some(known) = self.records.get_mut(i as usize) {
                let fill = |slot: &mut Option<String>, new: Option<String>| {
                    if slot.is_none() {
                        *slot = new;
                    }
                };
                fill(&mut known.name, record.name);
                fill(&mut known.user, record.user);
                fill(&mut known.os, record.os);
                fill(&mut known.model, record.model);
                // (A device's rows that say it is owned two ways keep both, `Personal |
                // Corporate`: `fleet::ownership` reads them for the stricter.)
                if let Some(new) = record.ownership {
                    add_owner(&mut known.ownership, &new);
                }
            }
            return i;
        }
        let i = u32::try_from(self.records.len()).unwrap_or(u32::MAX);
        self.by_key.insert(key, i);
        self.records.push(record);
        i
    }

    pub(super) fn into_records(self) -> Vec<DeviceRecord> {
        self.records
    }
}

/// A device's owner as one more row says it: kept beside those said before when it is
/// another (`Personal | Corporate`), so that none is lost.
fn add_owner(slot: &mut Option<String>, owner: &str) {
    let owner = owner.trim();
    match slot {
        // (Most rows say it as the first did: no split then.)
        Some(known)
            if known.eq_ignore_ascii_case(owner) || known.split(" | ").any(|k| k.eq_ignore_ascii_case(owner)) => {}
        Some(known) => {
            known.push_str(" | ");
            known.push_str(owner);
        }
        None => *slot = Some(owner.to_owned()),
    }
}

/// One device's part of an export: its record and its rows as a list of their own.
#[derive(Debug, Clone)]
pub struct DevicePart {
    pub device: DeviceRecord,
    /// The device's rows, read as one list: its entries, notes and mentions keep the
    /// export's line numbers, and its text is its rows', for the sweep.
    pub list: AppList,
}

impl AppList {
    /// Whether the list is an export of several devices' apps (a device column was
    /// found), so it is answered device by device.
    pub fn has_devices(&self) -> bool {
        !self.devices.is_empty() && !self.aggregate
    }

    /// Whether the list is an aggregate export: each row an app with a count of the
    /// devices that have it (Intune's `AppInvAggregate`). It is checked as one list;
    /// [`AppList::by_device`] gives its rows as groups, for an impact.
    pub fn is_aggregate(&self) -> bool {
        self.aggregate
    }

    /// The list split by device, in the order the devices first appear. Each part is
    /// accounted for on its own: its rows, which of them gave an app, and which were
    /// not read (with their notes). Lines that belong to no device's row (the header,
    /// lines past the size limit) stay with the whole list: see [`AppList::unplaced_notes`].
    pub fn by_device(&self) -> Vec<DevicePart> {
        let mut parts: Vec<DevicePart> = self
            .devices
            .iter()
            .map(|d| DevicePart {
                device: d.clone(),
                list: AppList {
                    format: self.format,
                    nfkc: self.nfkc,
                    ..AppList::default()
                },
            })
            .collect();
        let mut maps: Vec<Vec<usize>> = vec![Vec::new(); parts.len()];
        let lines: Vec<&str> = self.text.lines().collect();
        // Rows past the size limit were not read: their devices are not fully known.
        let cut = self
            .notes
            .iter()
            .filter(|n| n.skipped == Skipped::Cut)
            .map(|n| n.line)
            .min();
        // (A text cut off inside its last cell: what followed may be any device's rows.)
        if let Some(line) = self.cut_off {
            let excerpt = super::account::excerpt(crate::text::trim(
                lines.get(line.wrapping_sub(1)).copied().unwrap_or(""),
            ));
            for part in &mut parts {
                part.list.notes.push(Note {
                    line,
                    skipped: Skipped::Elsewhere {
                        excerpt: excerpt.clone(),
                    },
                });
            }
        }
        for &(line, device) in &self.device_rows {
            let (Some(part), Some(map)) = (parts.get_mut(device as usize), maps.get_mut(device as usize)) else {
                continue;
            };
            if cut.is_some_and(|cut| line >= cut) {
                if !part.list.notes.iter().any(|n| n.skipped == Skipped::Cut) {
                    part.list.notes.push(Note {
                        line,
                        skipped: Skipped::Cut,
                    });
                }
                continue;
            }
            if map.last() == Some(&line) {
                continue;
            }
            let text = lines.get(line.wrapping_sub(1)).copied().unwrap_or("");
            part.list.text.push_str(text);
            part.list.text.push('\n');
            map.push(line);
            part.list.account.lines += 1;
        }
        for entry in &self.entries {
            let Some(part) = entry.device.and_then(|d| parts.get_mut(d as usize)) else {
                continue;
            };
            if part.list.entries.last().is_none_or(|e| e.line != entry.line) {
                part.list.account.entries += 1;
            }
            part.list.entries.push(entry.clone());
        }
        for note in self.notes.iter().filter(|n| n.skipped != Skipped::Cut) {
            if let Some(part) = self.device_of(note.line).and_then(|d| parts.get_mut(d as usize)) {
                part.list.notes.push(note.clone());
            }
        }
        for &(line, mention) in &self.mentions {
            if let Some(part) = self.device_of(line).and_then(|d| parts.get_mut(d as usize)) {
                part.list.mentions.push((line, mention));
            }
        }
        for (part, map) in parts.iter_mut().zip(maps) {
            let mut unread: Vec<usize> = part.list.notes.iter().map(|n| n.line).collect();
            crate::small_sort::sort(&mut unread);
            unread.dedup();
            part.list.account.unread = unread.len();
            part.list.line_map = Some(map);
        }
        parts
    }

    /// The lines of an export that are no device's row, read as one list of their own:
    /// its header, and a name typed above it (read as its title) or below the rows, which
    /// no device's check sees. Its entries are those lines' (the sweep reads its text for
    /// names on a title's line); its notes stay with the whole list
    /// ([`AppList::unplaced_notes`]).
    pub fn loose(&self) -> AppList {
        let mut list = AppList {
            format: self.format,
            nfkc: self.nfkc,
            ..AppList::default()
        };
        let mut map = Vec::new();
        // (The devices' rows are in line order: walked beside the lines, not looked up.)
        let mut rows = self.device_rows.iter().map(|&(line, _)| line).peekable();
        for (i, text) in self.text.lines().enumerate() {
            while rows.next_if(|&line| line < i + 1).is_some() {}
            if rows.peek() != Some(&(i + 1)) {
                list.text.push_str(text);
                list.text.push('\n');
                map.push(i + 1);
            }
        }
        list.account.lines = map.len();
        for entry in self.entries.iter().filter(|e| e.device.is_none()) {
            if list.entries.last().is_none_or(|e| e.line != entry.line) {
                list.account.entries += 1;
            }
            list.entries.push(entry.clone());
        }
        list.mentions = self
            .mentions
            .iter()
            .filter(|&&(line, _)| self.device_of(line).is_none())
            .cloned()
            .collect();
        list.line_map = Some(map);
        list
    }

    /// The device whose row line `line` is.
    pub fn device_of(&self, line: usize) -> Option<u32> {
        self.device_rows
            .binary_search_by_key(&line, |(l, _)| *l)
            .ok()
            .and_then(|i| self.device_rows.get(i))
            .map(|(_, d)| *d)
    }

    /// The notes on lines that are no device's row (the size limit's, a line past it):
    /// what the export as a whole could not read.
    pub fn unplaced_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes
            .iter()
            .filter(|n| n.skipped == Skipped::Cut || self.device_of(n.line).is_none())
    }

    /// The line of the whole text that line `at` (1-based) of this list's text is: the
    /// same, unless this list is one device's part of an export.
    pub(crate) fn original_line(&self, at: usize) -> usize {
        match &self.line_map {
            Some(map) => map.get(at.wrapping_sub(1)).copied().unwrap_or(at),
            None => at,
        }
    }
}
