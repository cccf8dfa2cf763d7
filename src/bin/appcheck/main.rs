//! The `appcheck` command: the impure shell around the core, for policy authors and
//! help desks. It reads files and the clock, and maps results to exit codes; every
//! answer comes from the same core the widget runs, so authors see what employees see.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use appcheck::evaluate::{Checker, Context};
use appcheck::i18n::{fill, Msg};
use appcheck::list::parse_list;
use appcheck::policy::{load_index, load_policy, Device, Ownership, Platform, Policy, Service};
use appcheck::report::{self, Answer};
use appcheck::text;
use clap::{Parser, Subcommand, ValueEnum};

mod build;
mod check;
mod edit;
mod keys;
mod lint_cmd;
mod new;
mod out;
mod preview;
mod serve;
mod validate;

use check::*;
use edit::*;
use lint_cmd::*;
use new::*;
use out::*;
use validate::*;

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
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// For an export of several devices (a device name or serial column): print
        /// the counts and a table of the devices that must act or cannot be decided
        /// yet, each answered as its own list.
        #[arg(long)]
        by_device: bool,
        /// Print each device's answer as CSV (device, serial, user, platform, answer,
        /// app, identifier, verdict, deadline), one row per app the answer is about.
        #[arg(long)]
        csv: bool,
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
    /// Sign a policy: adds a signature to POLICY.sig next to it.
    ///
    /// The signatures already there stay (one by the same key is replaced), so a
    /// second person signs the same file when the site needs two to publish an order.
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
    /// Reads POLICY.sig and names who signed. Exit status 0 when the page would show
    /// the policy, 2 when it would refuse it (an order signed by fewer people than the
    /// site's threshold is not yet approved).
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
    /// past or less than a working day after publication, an app no rule mentions,
    /// missing translations, no review date, a version that did not grow, and (with
    /// --trust) an order with fewer signatures than the site needs. Exit status 0 no
    /// warnings, 1 warnings, 2 an invalid file.
    Lint {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The previously published version, to check that the version grew.
        #[arg(long, value_name = "FILE")]
        previous: Option<PathBuf>,
        /// The site's trust.json: warn when an order has fewer signatures (in FILE.sig)
        /// than the site needs to publish it.
        #[arg(long, value_name = "FILE")]
        trust: Option<PathBuf>,
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
        /// Also show what the change does to the devices of this export (see `impact`);
        /// repeat for several exports.
        #[arg(long, value_name = "EXPORT")]
        export: Vec<PathBuf>,
        #[command(flatten)]
        context: ContextArgs,
        /// Compare as of this time (RFC 3339) instead of now.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
    },
    /// Whom a policy would order to act, before it is sent: its impact on exports.
    ///
    /// EXPORT is what a device-management tool exports: one row per app per device
    /// (Intune AppInvRawData or AppInvByDevice, a Jamf Pro search, Workspace ONE,
    /// Kandji) or one row per app with a device count (Intune AppInvAggregate). Per
    /// rule and app: how many devices must act (and which), by when, and how many it
    /// cannot decide without asking, with the questions. Context flags say what holds
    /// for every device; the export's columns win. Nothing leaves this machine.
    Impact {
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        #[arg(required = true, value_name = "EXPORT")]
        exports: Vec<PathBuf>,
        #[command(flatten)]
        context: ContextArgs,
        /// Print the impact as JSON.
        #[arg(long)]
        json: bool,
        /// As of this time (RFC 3339) instead of now.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
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
    /// Print the TypeScript types of `check --json`'s request and response
    ///
    /// They are the npm package's, derived from the Rust types.
    Types,
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
    appcheck::policy::set_zone_rules(zone_offset);
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            policy,
            context,
            json,
            by_device,
            csv,
            now,
            list,
        } => {
            let output = match (json, csv, by_device) {
                (true, _, _) => check::Output::Json,
                (_, true, _) => check::Output::Csv,
                (_, _, true) => check::Output::Table,
                _ => check::Output::Text,
            };
            check(&policy, context.into_context(), output, now.as_deref(), list.as_deref())
        }
        Command::Validate { files } => Ok(validate(&files)),
        Command::Lint {
            files,
            previous,
            trust,
            now,
        } => lint(&files, previous.as_deref(), trust.as_deref(), now.as_deref()),
        Command::Diff {
            old,
            new,
            export,
            context,
            now,
        } => diff(&old, &new, &export, &context.into_context(), now.as_deref()),
        Command::Impact {
            policy,
            exports,
            context,
            json,
            now,
        } => impact(&policy, &exports, &context.into_context(), json, now.as_deref()),
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
            let extras = build::Extras {
                single_file: single_file.as_deref(),
                policy: policy.as_deref(),
                npm: npm.as_deref().map(|dir| (dir, npm_template.as_path())),
            };
            build::build(&app, &site, &policies, &trust, &out, &extras).map(|()| EXIT_NOTHING_TO_DO)
        }
        Command::Preview {
            policy,
            app,
            site,
            port,
        } => preview::preview(&app, &site, &policy, port).map(|()| EXIT_NOTHING_TO_DO),
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
            say_raw(&(appcheck::api::to_json(&schema) + "\n"));
            Ok(EXIT_NOTHING_TO_DO)
        }
        Command::Types => {
            say_raw(&appcheck::typescript::declarations());
            Ok(EXIT_NOTHING_TO_DO)
        }
        Command::Serve { dir, port } => serve::run(&dir, port).map(|()| EXIT_NOTHING_TO_DO),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            tell(&format!("error: {message}"));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// A file read up to `limit` bytes and one more: a file that never ends (`/dev/zero`, a
/// pipe) or one over the documented limit is refused with a message, never read until
/// memory runs out. `what` names it in the message ("policy `p.json`").
pub(crate) fn read_limited(reader: impl Read, limit: usize, what: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {what}: {e}"))?;
    if bytes.len() > limit {
        return Err(format!(
            "{what} is more than {limit} bytes, the most appcheck reads; check that this is the right file"
        ));
    }
    Ok(bytes)
}

/// A policy (or index) file, up to the policy size limit.
pub(crate) fn read_policy_file(path: &Path, what: &str) -> Result<Vec<u8>, String> {
    let what = format!("{what}`{}`", path.display());
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {what}: {e}"))?;
    read_limited(file, appcheck::policy::MAX_POLICY_BYTES, &what)
}

fn read_policy(path: &Path) -> Result<Policy, String> {
    let bytes = read_policy_file(path, "policy ")?;
    load_policy(&bytes).map_err(|e| format!("policy `{}` is not valid: {e}", path.display()))
}

/// A named time zone's offset at an instant, from the IANA database compiled in (the
/// page asks the browser's `Intl`).
fn zone_offset(zone: &str, at: chrono::DateTime<chrono::Utc>) -> Option<chrono::FixedOffset> {
    use chrono::Offset;
    let zone: chrono_tz::Tz = zone.parse().ok()?;
    Some(at.with_timezone(&zone).offset().fix())
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

fn read_stdin() -> Result<String, String> {
    let bytes = read_limited(
        std::io::stdin().lock(),
        appcheck::list::MAX_INPUT_BYTES,
        "standard input",
    )?;
    appcheck::list::decode(&bytes).map_err(|e| format!("cannot read standard input: {e}"))
}
