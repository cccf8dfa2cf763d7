//! The site configuration an intranet admin edits (`pkg-config/site.json`): whose site
//! this is, its logo, the help desk, the default language. The page shows the
//! organisation and, above all, whom to ask, also when a policy cannot be read at all:
//! "can't tell — ask the help desk" is only useful with the help desk's contact.

use crate::diagnostic::{wrong, Diagnostic, Source};
use crate::strict;

/// A site's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub organisation: String,
    /// A logo file beside site.json, copied into the site by `appcheck build`.
    pub logo: Option<String>,
    pub help_desk: HelpDesk,
    /// The language of the page when the browser's is not one the policies have.
    pub default_language: String,
}

/// Whom employees ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpDesk {
    /// As people read it: "IT help desk, ext. 4357".
    pub contact: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

/// Reads `site.json`. Errors say what is wrong, where, and what to do, for the site's
/// admin.
pub fn load_site(bytes: &[u8]) -> Result<Site, Diagnostic> {
    let what = "site.json";
    let source = Source::read(bytes, what)?;
    let value = source.json()?;
    let site = strict::fields(
        &source,
        &value,
        "",
        what,
        &[
            "$schema",
            "schema",
            "organisation",
            "logo",
            "help_desk",
            "default_language",
        ],
    )?;
    if site.get("schema").and_then(|v| v.as_u64()) != Some(1) {
        return Err(wrong!(
            source,
            if site.contains_key("schema") { "/schema" } else { "" },
            "site.json must say `\"schema\": 1`",
            "write `\"schema\": 1`; a file in a newer format needs a newer appcheck",
        ));
    }
    let organisation = strict::optional_text(&source, site, "", what, "organisation")?.ok_or_else(|| {
        wrong!(
            source,
            "",
            "site.json needs `organisation`: the name employees know",
            "add `\"organisation\": \"…\"`, e.g. `\"ACME Corp\"`",
        )
    })?;
    let logo = strict::optional_text(&source, site, "", what, "logo")?;
    if let Some(logo) = &logo {
        let safe = !logo.contains(['/', '\\', ':']) && [".svg", ".png", ".webp"].iter().any(|e| logo.ends_with(e));
        if !safe {
            return Err(wrong!(
                source,
                "/logo",
                format!("site.json: `logo` is `{logo}`, not an image file beside site.json"),
                "give the name of an .svg, .png or .webp file beside site.json, e.g. `logo.svg`",
            ));
        }
    }
    let desk = site.get("help_desk").ok_or_else(|| {
        wrong!(
            source,
            "",
            "site.json needs `help_desk`: whom employees ask when the page cannot tell",
            "add `\"help_desk\": {\"contact\": \"…\"}`, e.g. `\"IT help desk, ext. 4357\"`",
        )
    })?;
    let at = "/help_desk";
    let what = "site.json help_desk";
    let desk = strict::fields(&source, desk, at, what, &["contact", "email", "phone", "url"])?;
    let help_desk = HelpDesk {
        contact: strict::optional_text(&source, desk, at, what, "contact")?.ok_or_else(|| {
            wrong!(
                source,
                at,
                "site.json help_desk needs `contact`, as people read it",
                "add `\"contact\": \"…\"`, e.g. `\"IT help desk, ext. 4357\"`",
            )
        })?,
        email: strict::optional_text(&source, desk, at, what, "email")?,
        phone: strict::optional_text(&source, desk, at, what, "phone")?,
        url: strict::optional_text(&source, desk, at, what, "url")?,
    };
    // (As a policy's issuer's: an address alone and a web page, so that neither, made a
    // link, can carry more than it says, `?bcc=…&body=…`, `javascript:`.)
    if let Some(email) = help_desk
        .email
        .as_deref()
        .filter(|e| !crate::policy::is_email_address(e))
    {
        return Err(wrong!(
            source,
            "/help_desk/email",
            format!("site.json help_desk: `{email}` is not an email address"),
            "write the help desk's address alone, e.g. `it-help@example.com` (no `mailto:`, name, `?subject=` or other part)",
        ));
    }
    if let Some(url) = help_desk.url.as_deref().filter(|u| !crate::policy::is_web_address(u)) {
        return Err(wrong!(
            source,
            "/help_desk/url",
            format!("site.json help_desk: `{url}` is not a web address"),
            "give the help desk's page as an address that begins with `https://` (or `http://`)",
        ));
    }
    let default_language = strict::optional_text(&source, site, "", "site.json", "default_language")?
        .unwrap_or_else(|| "en".to_owned())
        .to_ascii_lowercase();
    if !(2..=3).contains(&default_language.split('-').next().map_or(0, str::len)) {
        return Err(wrong!(
            source,
            "/default_language",
            format!("site.json: `{default_language}` is not a language tag"),
            "use a language tag, e.g. `en` or `de`",
        ));
    }
    Ok(Site {
        organisation,
        logo,
        help_desk,
        default_language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_names_its_organisation_and_help_desk() {
        let site = load_site(br#"{"schema": 1, "organisation": "ACME", "help_desk": {"contact": "IT, ext. 4357", "email": "it@acme.example"}}"#).unwrap();
        assert_eq!(site.help_desk.contact, "IT, ext. 4357");
        assert_eq!(site.default_language, "en");
    }

    #[test]
    fn broken_sites_say_what_to_fix() {
        for (text, words) in [
            (
                r#"{"schema": 1, "help_desk": {"contact": "x"}}"#,
                "needs `organisation`",
            ),
            (r#"{"schema": 1, "organisation": "A"}"#, "needs `help_desk`"),
            (
                r#"{"schema": 1, "organisation": "A", "help_desk": {}}"#,
                "needs `contact`",
            ),
            (
                r#"{"schema": 1, "organisation": "A", "help_desk": {"contact": "x"}, "colour": 1}"#,
                "unknown field `colour`",
            ),
            (
                r#"{"schema": 1, "organisation": "A", "help_desk": {"contact": "x"}, "logo": "../x.svg"}"#,
                "beside site.json",
            ),
            (
                r#"{"schema": 2, "organisation": "A", "help_desk": {"contact": "x"}}"#,
                "\"schema\": 1",
            ),
            ("[", "not valid JSON"),
            (
                r#"{"schema": 1, "organisation": "A", "help_desk": {"contact": "x", "url": "javascript:alert(1)"}}"#,
                "is not a web address",
            ),
            (
                r#"{"schema": 1, "organisation": "A", "help_desk": {"contact": "x", "email": "it@a.example?body=hi"}}"#,
                "is not an email address",
            ),
        ] {
            let error = load_site(text.as_bytes()).unwrap_err();
            assert!(error.message.contains(words), "{text}: {error}");
        }
    }

    #[test]
    fn a_broken_site_names_the_place_and_what_to_do() {
        let text =
            "{\n  \"schema\": 1,\n  \"organisation\": \"A\",\n  \"help_desk\": {\"contact\": \"x\", \"fax\": \"1\"}\n}";
        let error = load_site(text.as_bytes()).unwrap_err();
        assert_eq!(
            (error.document, error.pointer.as_str(), error.line, error.column),
            ("site.json", "/help_desk/fax", Some(4), Some(33))
        );
        assert!(error.help.contains("contact, email, phone, url"), "{error}");
        let error = load_site(b"{\"schema\": 1,\n \"organisation\": \"A\",\n \"help_desk\": {}}").unwrap_err();
        assert_eq!((error.pointer.as_str(), error.line), ("/help_desk", Some(3)));
        assert!(!error.help.is_empty());
        let error = load_site(b"{\"schema\": 1,\n \"organisation\": \"A\",\n}").unwrap_err();
        assert_eq!(
            (error.pointer.as_str(), error.line, error.column),
            ("", Some(3), Some(1))
        );
        assert!(error.help.contains("JSON syntax"), "{error}");
    }
}
