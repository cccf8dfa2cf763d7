//! The site configuration an intranet admin edits (`pkg-config/site.json`): whose site
//! this is, its logo, the help desk, the default language. The page shows the
//! organisation and, above all, whom to ask, also when a policy cannot be read at all:
//! "can't tell — ask the help desk" is only useful with the help desk's contact.

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

/// Reads `site.json`. Errors say what is wrong and where, for the site's admin.
pub fn load_site(bytes: &[u8]) -> Result<Site, String> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| format!("site.json is not valid JSON: {e}"))?;
    let site = strict::fields(
        &value,
        "site.json",
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
        return Err("site.json must say `\"schema\": 1`".to_owned());
    }
    let organisation = strict::optional_text(site, "site.json", "organisation")?
        .ok_or("site.json needs `organisation`: the name employees know")?;
    let logo = strict::optional_text(site, "site.json", "logo")?;
    if let Some(logo) = &logo {
        let safe = !logo.contains(['/', '\\', ':']) && [".svg", ".png", ".webp"].iter().any(|e| logo.ends_with(e));
        if !safe {
            return Err(format!(
                "site.json: `logo` is `{logo}`; give the name of an .svg, .png or .webp file beside site.json"
            ));
        }
    }
    let desk = site
        .get("help_desk")
        .ok_or("site.json needs `help_desk`: whom employees ask when the page cannot tell")?;
    let desk = strict::fields(desk, "site.json help_desk", &["contact", "email", "phone", "url"])?;
    let help_desk = HelpDesk {
        contact: strict::optional_text(desk, "site.json help_desk", "contact")?
            .ok_or("site.json help_desk needs `contact`, as people read it")?,
        email: strict::optional_text(desk, "site.json help_desk", "email")?,
        phone: strict::optional_text(desk, "site.json help_desk", "phone")?,
        url: strict::optional_text(desk, "site.json help_desk", "url")?,
    };
    let default_language = strict::optional_text(site, "site.json", "default_language")?
        .unwrap_or_else(|| "en".to_owned())
        .to_ascii_lowercase();
    if !(2..=3).contains(&default_language.split('-').next().map_or(0, str::len)) {
        return Err(format!(
            "site.json: `{default_language}` is not a language tag; use e.g. `en` or `de`"
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
        ] {
            let error = load_site(text.as_bytes()).unwrap_err();
            assert!(error.contains(words), "{text}: {error}");
        }
    }
}
