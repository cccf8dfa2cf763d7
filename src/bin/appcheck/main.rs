//! The `appcheck` command: the impure shell around the core, for policy authors and
//! help desks. It reads files and the clock, and maps results to exit codes; every
//! answer comes from the same core the widget runs, so authors see what employees see.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_index, load_policy, Device, Ownership, Platform, Policy, Service};
use appcheck::report::{self, Answer};
use clap::{Parser, Subcommand, ValueEnum};

mod dist;
mod keys;
mod serve;
mod site;

/// Exit codes, as documented in the README.
const EXIT_NOTHING_TO_DO: u8 = 0;
const EXIT_ACTION_REQUIRED: u8 = 1;
const EXIT_ERROR: u8 = 2;
const EXIT_CANNOT_TELL: u8 = 3;

#[derive(Parser)]
#[command(
    name = "appcheck",
    version,
    about = "Check an app list against an organisation's app policy."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check an app list against a policy, as the widget does.
    ///
    /// Exit status: 0 nothing to do (or the policy does not apply, is not in force, or
    /// was withdrawn), 1 apps must be removed, 2 error, 3 no verdict (a question is
    /// unanswered, no apps were found, or lines could not be read).
    Check {
        /// The policy file (JSON); repeat to check against several policies at once.
        #[arg(long, value_name = "FILE", required = true)]
        policy: Vec<PathBuf>,
        #[command(flatten)]
        context: ContextArgs,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Evaluate as of this time (RFC 3339) instead of now.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
        /// The app list, one app per line; `-` or nothing reads standard input.
        #[arg(value_name = "LIST_FILE")]
        list: Option<PathBuf>,
    },
    /// Check that policy files or an index load, and say what is wrong where.
    ///
    /// Given an index (policies/index.json), every policy it lists is checked too.
    /// Exit status 0 when all are valid, 2 otherwise.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Make an Ed25519 key pair for signing policies.
    ///
    /// The private key goes to FILE (keep it secret); the line for the site's
    /// trust.json is printed.
    Keygen {
        /// The key's id, as trust.json and signatures name it (e.g. `it-2026`).
        #[arg(long)]
        id: String,
        /// Where to write the private key.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Sign a policy: writes POLICY.sig next to it.
    ///
    /// Refuses a policy that is not valid. Sign last: any later change breaks it.
    Sign {
        /// The policy file.
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        /// The private key file from `appcheck keygen`.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
    },
    /// Check a policy's signature against a site's trust.json, as the page does.
    ///
    /// Reads POLICY.sig. Exit status 0 when the page would show the policy, 2 when it
    /// would refuse it.
    Verify {
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        /// The site's trust.json.
        #[arg(long, value_name = "FILE", default_value = "pkg-config/trust.json")]
        trust: PathBuf,
    },
    /// Warn about what is valid but probably wrong.
    ///
    /// An alias that names another app, a rule that can never apply, a deadline in the
    /// past, an app no rule mentions, missing translations, no review date, a version
    /// that did not grow. Exit status 0 no warnings, 1 warnings, 2 an invalid file.
    Lint {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The previously published version, to check that the version grew.
        #[arg(long, value_name = "FILE")]
        previous: Option<PathBuf>,
        /// Lint as of this time (RFC 3339) instead of now.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
    },
    /// Write a starter policy from flags: one rule about the apps given.
    ///
    /// Review it, fill in removal steps and translations, then `lint`, `sign` and
    /// publish. Nothing is asked on standard input.
    New {
        #[command(flatten)]
        starter: Starter,
        /// Where to write it; standard output when not given.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Say what changes for employees between two versions of a policy.
    ///
    /// Its status, the apps it names and how they are recognised, and each rule's
    /// verdict, scope and deadline. Exit status 0 when nothing changed, 1 otherwise.
    Diff {
        #[arg(value_name = "OLD")]
        old: PathBuf,
        #[arg(value_name = "NEW")]
        new: PathBuf,
    },
    /// Write the next version of a policy, withdrawn, with its notice.
    ///
    /// The notice is what employees see first. The file's layout is kept; sign the
    /// result and publish it in place of the old version.
    Withdraw {
        /// The active policy.
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        /// What employees read first, e.g. "This morning's email was sent in error."
        #[arg(long)]
        notice: String,
        /// When it is withdrawn (RFC 3339); now when not given.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// Where to write the new version; standard output when not given.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print shell completions for bash, zsh, fish, elvish or PowerShell.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `appcheck man > appcheck.1`.
    Man,
    /// Print the JSON Schema of the policy format (or, with --index, of the index).
    Schema {
        /// The schema of policies/index.json instead.
        #[arg(long)]
        index: bool,
    },
    /// Build the deployable site: the page, the published policies, trust.json.
    ///
    /// Scripts, styles, images and the Wasm module get content-hashed names; a service
    /// worker keeps the page working offline. On request, also a single HTML file with
    /// everything inside it, and the npm package. Refuses to publish a policy that is
    /// not valid, does not match the index, or whose signature the page would refuse.
    Build {
        /// The built page (`make site` makes it in target/app).
        #[arg(long, default_value = "target/app")]
        app: PathBuf,
        /// The site configuration: organisation, logo, help desk, default language.
        #[arg(long, default_value = "pkg-config/site.json")]
        site: PathBuf,
        /// The policies folder, with its index.json.
        #[arg(long, default_value = "pkg-config/policies")]
        policies: PathBuf,
        /// The keys the site trusts.
        #[arg(long, default_value = "pkg-config/trust.json")]
        trust: PathBuf,
        /// Where to build the site (emptied first).
        #[arg(long, default_value = "target/site")]
        out: PathBuf,
        /// Also write one self-contained HTML file (page, Wasm, one policy) here.
        #[arg(long, value_name = "FILE")]
        single_file: Option<PathBuf>,
        /// The policy the single file carries, by id; the index's default when not given.
        #[arg(long, value_name = "ID", requires = "single_file")]
        policy: Option<String>,
        /// Also write the npm package (ES module, Wasm, CSS, TypeScript types) here (emptied first).
        #[arg(long, value_name = "DIR")]
        npm: Option<PathBuf>,
        /// The npm package's template: package.json, README, type declarations.
        #[arg(long, value_name = "DIR", default_value = "pkg-config/npm")]
        npm_template: PathBuf,
    },
    /// Show a policy as employees will see it, on http://127.0.0.1.
    Preview {
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        /// The built page (`make site` makes it in target/app).
        #[arg(long, default_value = "target/app")]
        app: PathBuf,
        /// The site configuration.
        #[arg(long, default_value = "pkg-config/site.json")]
        site: PathBuf,
        /// The port; 0 picks a free one.
        #[arg(long, default_value_t = 8001)]
        port: u16,
    },
    /// Serve a built site folder on 127.0.0.1, with the headers the site needs.
    Serve {
        /// The site folder.
        #[arg(long, default_value = "target/site")]
        dir: PathBuf,
        /// The port; 0 picks a free one.
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
}

/// The employee's answers, as flags.
#[derive(clap::Args)]
struct ContextArgs {
    /// Which device the list is from.
    #[arg(long, value_parser = word(Device::ALL, Device::as_str, Device::parse))]
    device: Option<Device>,
    /// Its operating system.
    #[arg(long, value_parser = word(Platform::ALL, Platform::as_str, Platform::parse))]
    platform: Option<Platform>,
    /// Who owns it.
    #[arg(long, value_parser = word(Ownership::ALL, Ownership::as_str, Ownership::parse))]
    owner: Option<Ownership>,
    /// Whether it reaches company email.
    #[arg(long, value_enum)]
    email: Option<YesNo>,
    /// Whether it reaches company chat.
    #[arg(long, value_enum)]
    chat: Option<YesNo>,
    /// Whether it connects to the company VPN.
    #[arg(long, value_enum)]
    vpn: Option<YesNo>,
    /// Whether it reaches company files.
    #[arg(long, value_enum)]
    files: Option<YesNo>,
    /// Where the employee is based: an ISO 3166-1 alpha-2 code such as IN.
    #[arg(long, value_name = "CODE")]
    region: Option<String>,
    /// The language to show the policy's texts in (falls back to the policy's).
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// A possible match is that app ("tiktk" is TikTok): the entry as listed. Repeatable.
    #[arg(long, value_name = "ENTRY")]
    confirm: Vec<String>,
    /// A possible match is another app: the entry as listed. Repeatable.
    #[arg(long, value_name = "ENTRY")]
    dismiss: Vec<String>,
}

/// A parser for one of the core's words (`phone`, `company`, …), so the CLI offers
/// exactly the values policies use, from the one list the core keeps.
fn word<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    as_str: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(all.iter().map(|v| as_str(*v)))
        .try_map(move |s| parse(&s).ok_or("not one of the possible values"))
}

#[derive(Clone, Copy, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

impl ContextArgs {
    fn into_context(self) -> Context {
        let mut context = Context {
            device: self.device,
            platform: self.platform,
            ownership: self.owner,
            region: self.region.map(|r| r.to_ascii_uppercase()),
            language: self.lang,
            confirmed: self.confirm.into_iter().collect(),
            dismissed: self.dismiss.into_iter().collect(),
            ..Context::default()
        };
        for (service, answer) in [
            (Service::Email, self.email),
            (Service::Chat, self.chat),
            (Service::Vpn, self.vpn),
            (Service::Files, self.files),
        ] {
            if let Some(answer) = answer {
                context.services.insert(service, matches!(answer, YesNo::Yes));
            }
        }
        context
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            policy,
            context,
            json,
            now,
            list,
        } => check(&policy, context.into_context(), json, now.as_deref(), list.as_deref()),
        Command::Validate { files } => Ok(validate(&files)),
        Command::Lint { files, previous, now } => lint(&files, previous.as_deref(), now.as_deref()),
        Command::Diff { old, new } => diff(&old, &new),
        Command::Build {
            app,
            site,
            policies,
            trust,
            out,
            single_file,
            policy,
            npm,
            npm_template,
        } => {
            let extras = site::Extras {
                single_file: single_file.as_deref(),
                policy: policy.as_deref(),
                npm: npm.as_deref().map(|dir| (dir, npm_template.as_path())),
            };
            site::build(&app, &site, &policies, &trust, &out, &extras).map(|()| EXIT_NOTHING_TO_DO)
        }
        Command::Preview {
            policy,
            app,
            site,
            port,
        } => site::preview(&app, &site, &policy, port).map(|()| EXIT_NOTHING_TO_DO),
        Command::New { starter, out } => new_policy(starter, out.as_deref()),
        Command::Withdraw {
            policy,
            notice,
            at,
            out,
        } => withdraw(&policy, &notice, at.as_deref(), out.as_deref()),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "appcheck", &mut std::io::stdout());
            Ok(EXIT_NOTHING_TO_DO)
        }
        Command::Man => {
            let page = clap_mangen::Man::new(<Cli as clap::CommandFactory>::command());
            page.render(&mut std::io::stdout())
                .map(|()| EXIT_NOTHING_TO_DO)
                .map_err(|e| format!("cannot write the man page: {e}"))
        }
        Command::Keygen { id, out } => keys::keygen(&id, &out).map(|()| EXIT_NOTHING_TO_DO),
        Command::Sign { policy, key } => keys::sign(&policy, &key).map(|()| EXIT_NOTHING_TO_DO),
        Command::Verify { policy, trust } => keys::verify(&policy, &trust),
        Command::Schema { index } => {
            let [policy, index_schema] = appcheck::policy::json_schemas();
            let (_, schema) = if index { index_schema } else { policy };
            println!("{}", appcheck::api::to_json(&schema));
            Ok(EXIT_NOTHING_TO_DO)
        }
        Command::Serve { dir, port } => serve::run(&dir, port).map(|()| EXIT_NOTHING_TO_DO),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn read_policy(path: &Path) -> Result<Policy, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read policy `{}`: {e}", path.display()))?;
    load_policy(&bytes).map_err(|e| format!("policy `{}` is not valid: {e}", path.display()))
}

fn check(
    policies: &[PathBuf],
    context: Context,
    json: bool,
    now: Option<&str>,
    list: Option<&Path>,
) -> Result<u8, String> {
    // With `--json`, a policy that cannot be loaded is the same failure response
    // `api::check` gives (errors as data, with their place), and exit status 2.
    if json {
        for path in policies {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read policy `{}`: {e}", path.display()))?;
            if let Err(e) = load_policy(&bytes) {
                let failure = appcheck::api::CheckResponse::Failure { errors: vec![e.into()] };
                println!("{}", appcheck::api::to_json(&failure));
                return Ok(EXIT_ERROR);
            }
        }
    }
    let policies = policies.iter().map(|p| read_policy(p)).collect::<Result<Vec<_>, _>>()?;
    let text = match list {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("cannot read list `{}`: {e}", p.display()))?;
            appcheck::list::decode(&bytes).map_err(|e| format!("cannot read list `{}`: {e}", p.display()))?
        }
    };
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T12:00:00Z"))?
            .to_utc(),
        None => system_now()?,
    };
    let list = parse_list(&text, nfkc);
    let reports: Vec<_> = policies
        .iter()
        .map(|policy| evaluate(policy, &list, &context, now))
        .collect();
    // `--json` prints the very response `api::check` gives (one per policy when several).
    let response = |report: &appcheck::report::Report| appcheck::api::CheckResponse::Success {
        report: Box::new(report.clone()),
    };
    match (json, reports.as_slice()) {
        (true, [one]) => println!("{}", appcheck::api::to_json(&response(one))),
        (true, many) => println!(
            "{}",
            appcheck::api::to_json(&many.iter().map(response).collect::<Vec<_>>())
        ),
        (false, many) => {
            let texts: Vec<String> = many.iter().map(report::to_text).collect();
            print!("{}", texts.join("\n----\n\n"));
        }
    }
    // Across several policies: 1 if any orders a removal, else 3 if any cannot tell, else 0.
    let codes: Vec<u8> = reports
        .iter()
        .map(|report| match report.overall.answer {
            Answer::ActionRequired => EXIT_ACTION_REQUIRED,
            Answer::NeedContext | Answer::NoApps | Answer::Incomplete | Answer::ConfirmMatches => EXIT_CANNOT_TELL,
            Answer::Advice
            | Answer::NothingToDo
            | Answer::DoesNotApply
            | Answer::Withdrawn
            | Answer::Superseded
            | Answer::Expired
            | Answer::NotInForce => EXIT_NOTHING_TO_DO,
        })
        .collect();
    Ok(if codes.contains(&EXIT_ACTION_REQUIRED) {
        EXIT_ACTION_REQUIRED
    } else if codes.contains(&EXIT_CANNOT_TELL) {
        EXIT_CANNOT_TELL
    } else {
        EXIT_NOTHING_TO_DO
    })
}

/// Unicode compatibility normalisation for the core (the page uses the browser's).
fn nfkc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}

/// The clock is read here, in the shell, and nowhere in the core.
pub(crate) fn system_now() -> Result<chrono::DateTime<chrono::Utc>, String> {
    #[expect(clippy::disallowed_methods, reason = "the CLI is where the clock is read")]
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970".to_owned())?;
    let secs = i64::try_from(since.as_secs()).map_err(|_| "the system clock is out of range".to_owned())?;
    chrono::DateTime::from_timestamp(secs, since.subsec_nanos())
        .ok_or_else(|| "the system clock is out of range".to_owned())
}

fn lint(files: &[PathBuf], previous: Option<&Path>, now: Option<&str>) -> Result<u8, String> {
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time"))?
            .to_utc(),
        None => system_now()?,
    };
    let previous = previous.map(read_policy).transpose()?;
    let mut code = EXIT_NOTHING_TO_DO;
    for path in files {
        let policy = match read_policy(path) {
            Ok(policy) => policy,
            Err(message) => {
                eprintln!("error: {message}");
                code = EXIT_ERROR;
                continue;
            }
        };
        let mut warnings = appcheck::lint::lint(&policy, now);
        if let Some(old) = previous.as_ref().filter(|old| old.id == policy.id) {
            if policy.version <= old.version {
                warnings.push(appcheck::lint::Warning {
                    pointer: "/version".to_owned(),
                    message: format!(
                        "the version is {}, but {} was published before: browsers that saw it refuse this one",
                        policy.version, old.version
                    ),
                    help: format!("publish it as version {}", old.version + 1),
                });
            }
        }
        for w in &warnings {
            let place = if w.pointer.is_empty() {
                String::new()
            } else {
                format!(" `{}`", w.pointer)
            };
            println!("warning: {}{place}: {}\n  help: {}", path.display(), w.message, w.help);
        }
        if warnings.is_empty() {
            println!("ok: {}: nothing to warn about", path.display());
        } else if code == EXIT_NOTHING_TO_DO {
            code = EXIT_ACTION_REQUIRED;
        }
    }
    Ok(code)
}

/// What `appcheck new` is told.
#[derive(clap::Args)]
struct Starter {
    /// The policy's id (letters, digits, -, _ and .).
    #[arg(long)]
    id: String,
    #[arg(long)]
    title: String,
    /// Who issues it.
    #[arg(long)]
    issuer: String,
    /// How to reach the help desk, as employees should read it.
    #[arg(long)]
    contact: String,
    /// An app the rule is about: `Name` or `Name=android.package`. Repeatable.
    #[arg(long = "app", required = true, value_name = "NAME[=PACKAGE]")]
    apps: Vec<String>,
    /// remove, browser_only, discouraged or allowed.
    #[arg(long, default_value = "remove")]
    verdict: String,
    /// RFC 3339 with an offset, or `immediately`.
    #[arg(long)]
    deadline: Option<String>,
    /// Devices the rule covers (phone, tablet, computer); all when not given.
    #[arg(long, value_delimiter = ',')]
    devices: Vec<String>,
    /// Who owns the devices it covers (company, personal); both when not given.
    #[arg(long, value_delimiter = ',')]
    owner: Vec<String>,
    /// When it is published (RFC 3339); now when not given.
    #[arg(long, value_name = "TIME")]
    published: Option<String>,
}

/// The starter file, in the order a reader expects (serde_json would sort a map's keys).
#[derive(serde::Serialize)]
struct StarterPolicy {
    schema: u64,
    id: String,
    version: u64,
    title: String,
    issuer: StarterIssuer,
    published: String,
    status: &'static str,
    apps: Vec<StarterApp>,
    rules: Vec<StarterRule>,
}

#[derive(serde::Serialize)]
struct StarterIssuer {
    name: String,
    contact: String,
}

#[derive(serde::Serialize)]
struct StarterApp {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    android_packages: Vec<String>,
    sources: Vec<&'static str>,
}

#[derive(serde::Serialize)]
struct StarterRule {
    id: &'static str,
    apps: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies_to: Option<StarterScope>,
    verdict: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    deadline: Option<String>,
    how_to_remove: std::collections::BTreeMap<&'static str, &'static str>,
}

#[derive(serde::Serialize)]
struct StarterScope {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    devices: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    ownership: Vec<String>,
}

fn new_policy(starter: Starter, out: Option<&Path>) -> Result<u8, String> {
    let published = match starter.published {
        Some(t) => t,
        None => system_now()?.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let apps: Vec<StarterApp> = starter
        .apps
        .iter()
        .map(|app| {
            let (name, package) = match app.split_once('=') {
                Some((name, package)) => (name.trim(), Some(package.trim().to_owned())),
                None => (app.trim(), None),
            };
            let words: String = name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let id = words.to_lowercase().split_whitespace().collect::<Vec<_>>().join("-");
            StarterApp {
                id,
                name: name.to_owned(),
                android_packages: package.into_iter().collect(),
                sources: vec!["TODO: where each identifier comes from"],
            }
        })
        .collect();
    let scope = (!starter.devices.is_empty() || !starter.owner.is_empty()).then_some(StarterScope {
        devices: starter.devices,
        ownership: starter.owner,
    });
    let policy = StarterPolicy {
        schema: 1,
        id: starter.id,
        version: 1,
        title: starter.title,
        issuer: StarterIssuer {
            name: starter.issuer,
            contact: starter.contact,
        },
        published,
        status: "draft",
        rules: vec![StarterRule {
            id: "main",
            apps: apps.iter().map(|a| a.id.clone()).collect(),
            applies_to: scope,
            verdict: starter.verdict,
            deadline: starter.deadline,
            how_to_remove: [
                (
                    "ios",
                    "Touch and hold the app's icon on the Home Screen, tap Remove App, then Delete App.",
                ),
                ("android", "Open Settings > Apps, choose the app, and tap Uninstall."),
                (
                    "any",
                    "Uninstall the app the way you remove any app on this device, or ask the help desk to help.",
                ),
            ]
            .into(),
        }],
        apps,
    };
    let text = appcheck::api::to_json(&policy) + "\n";
    load_policy(text.as_bytes()).map_err(|e| format!("these flags do not make a valid policy: {e}"))?;
    match out {
        Some(path) if path.exists() => {
            return Err(format!(
                "`{}` exists already; appcheck new does not overwrite",
                path.display()
            ))
        }
        Some(path) => {
            std::fs::write(path, &text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            eprintln!(
                "wrote a draft policy to {}: review it, then set \"status\": \"active\", lint, sign and publish",
                path.display()
            );
        }
        None => print!("{text}"),
    }
    Ok(EXIT_NOTHING_TO_DO)
}

fn diff(old: &Path, new: &Path) -> Result<u8, String> {
    let changes = appcheck::diff::diff(&read_policy(old)?, &read_policy(new)?);
    for line in &changes {
        println!("{line}");
    }
    if changes.is_empty() {
        println!("nothing changes for employees");
        return Ok(EXIT_NOTHING_TO_DO);
    }
    Ok(EXIT_ACTION_REQUIRED)
}

fn withdraw(policy: &Path, notice: &str, at: Option<&str>, out: Option<&Path>) -> Result<u8, String> {
    let bytes = std::fs::read(policy).map_err(|e| format!("cannot read `{}`: {e}", policy.display()))?;
    let at = match at {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T17:00:00-04:00"))?,
        None => system_now()?.fixed_offset(),
    };
    let next = appcheck::policy::withdraw(&bytes, at, notice)
        .map_err(|e| format!("`{}` cannot be withdrawn: {e}", policy.display()))?;
    match out {
        Some(path) => {
            std::fs::write(path, &next).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            eprintln!(
                "wrote the withdrawn version to {}; sign it (appcheck sign) and publish it in place of the old one",
                path.display()
            );
        }
        None => print!("{next}"),
    }
    Ok(EXIT_NOTHING_TO_DO)
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    appcheck::list::decode(&bytes).map_err(|e| format!("cannot read standard input: {e}"))
}

fn validate(files: &[PathBuf]) -> u8 {
    let mut failed = false;
    for path in files {
        match validate_file(path) {
            Ok(lines) => {
                for line in lines {
                    println!("ok: {line}");
                }
            }
            Err(message) => {
                failed = true;
                eprintln!("error: {message}");
            }
        }
    }
    if failed {
        EXIT_ERROR
    } else {
        EXIT_NOTHING_TO_DO
    }
}

/// Validates a policy, or an index and every policy it lists.
fn validate_file(path: &Path) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let is_index = serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| v.get("policies").is_some());
    if !is_index {
        let p = load_policy(&bytes).map_err(|e| format!("policy `{}` is not valid: {e}", path.display()))?;
        return Ok(vec![format!(
            "{} ({} v{}, {} apps, {} rules)",
            path.display(),
            p.id,
            p.version,
            p.apps.len(),
            p.rules.len()
        )]);
    }
    let index = load_index(&bytes).map_err(|e| format!("index `{}` is not valid: {e}", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut lines = vec![format!(
        "{} (index of {} policies, default `{}`)",
        path.display(),
        index.policies.len(),
        index.default
    )];
    for entry in &index.policies {
        let file = dir.join(&entry.file);
        let policy = read_policy(&file)?;
        if policy.id != entry.id {
            return Err(format!(
                "index `{}` lists `{}` as `{}`, but the file's id is `{}`",
                path.display(),
                entry.file,
                entry.id,
                policy.id
            ));
        }
        lines.push(format!(
            "{} ({} v{}, {} apps, {} rules)",
            file.display(),
            policy.id,
            policy.version,
            policy.apps.len(),
            policy.rules.len()
        ));
    }
    Ok(lines)
}
