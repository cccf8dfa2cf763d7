//! The `appcheck` command: the impure shell around the core, for policy authors and
//! help desks. It reads files and the clock, and maps results to exit codes; every
//! answer comes from the same core the widget runs, so authors see what employees see.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_policy, Device, Policy, Service};
use appcheck::report::{self, Answer};
use clap::{Parser, Subcommand, ValueEnum};

mod serve;

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
    /// Exit status: 0 nothing to do, 1 apps must be removed, 2 error,
    /// 3 no verdict (a question is unanswered or no apps were found).
    Check {
        /// The policy file (JSON).
        #[arg(long, value_name = "FILE")]
        policy: PathBuf,
        /// Which device the list is from.
        #[arg(long, value_enum)]
        device: Option<DeviceArg>,
        /// Whether the device reaches company email.
        #[arg(long, value_enum)]
        email: Option<YesNo>,
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
    /// Check that policy files load, and say exactly what is wrong where they don't.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
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

#[derive(Clone, Copy, ValueEnum)]
enum DeviceArg {
    Phone,
    Tablet,
    Laptop,
}

#[derive(Clone, Copy, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            policy,
            device,
            email,
            json,
            now,
            list,
        } => check(
            &policy,
            device,
            email,
            json,
            now.as_deref(),
            list.as_deref(),
        ),
        Command::Validate { files } => Ok(validate(&files)),
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
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read policy `{}`: {e}", path.display()))?;
    load_policy(&bytes).map_err(|e| format!("policy `{}` is not valid: {e}", path.display()))
}

fn check(
    policy: &Path,
    device: Option<DeviceArg>,
    email: Option<YesNo>,
    json: bool,
    now: Option<&str>,
    list: Option<&Path>,
) -> Result<u8, String> {
    let policy = read_policy(policy)?;
    let text = match list {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let bytes =
                std::fs::read(p).map_err(|e| format!("cannot read list `{}`: {e}", p.display()))?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| {
                format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T12:00:00Z")
            })?
            .to_utc(),
        None => system_now()?,
    };
    let mut context = Context {
        device: device.map(|d| match d {
            DeviceArg::Phone => Device::Phone,
            DeviceArg::Tablet => Device::Tablet,
            DeviceArg::Laptop => Device::Laptop,
        }),
        ..Context::default()
    };
    if let Some(answer) = email {
        context
            .services
            .insert(Service::Email, matches!(answer, YesNo::Yes));
    }
    let report = evaluate(&policy, &parse_list(&text), &context, now);
    if json {
        println!("{}", appcheck::api::to_json(&report));
    } else {
        print!("{}", report::to_text(&report));
    }
    Ok(match report.overall.answer {
        Answer::ActionRequired => EXIT_ACTION_REQUIRED,
        Answer::NeedContext | Answer::NoApps => EXIT_CANNOT_TELL,
        Answer::Advice | Answer::NothingToDo | Answer::DoesNotApply => EXIT_NOTHING_TO_DO,
    })
}

/// The clock is read here, in the shell, and nowhere in the core.
fn system_now() -> Result<chrono::DateTime<chrono::Utc>, String> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the CLI is where the clock is read"
    )]
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970".to_owned())?;
    let secs = i64::try_from(since.as_secs())
        .map_err(|_| "the system clock is out of range".to_owned())?;
    chrono::DateTime::from_timestamp(secs, since.subsec_nanos())
        .ok_or_else(|| "the system clock is out of range".to_owned())
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn validate(files: &[PathBuf]) -> u8 {
    let mut failed = false;
    for path in files {
        match read_policy(path) {
            Ok(p) => println!(
                "ok: {} ({} v{}, {} apps, {} rules)",
                path.display(),
                p.id,
                p.version,
                p.apps.len(),
                p.rules.len()
            ),
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
