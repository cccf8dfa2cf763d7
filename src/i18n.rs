//! The interface's own words in English, German, French and Spanish.
//!
//! Policy texts come in whatever languages the policy provides (`policy::Text`);
//! everything appcheck itself says — questions, verdicts, the overall answer, labels —
//! comes from this catalogue, in the language the reader asked for (`Context.language`,
//! the page's language switch, the CLI's `--lang`), or English.
//!
//! Messages are templates with named slots (`{name}`), filled by [`fill`]; a test
//! checks that every language has the same slots as English, so no translation can
//! drop a date or a count.

use serde::Serialize;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "InterfaceLanguage"))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
}

crate::unit_enum::unit_enum!(Lang {
    En = "en",
    De = "de",
    Fr = "fr",
    Es = "es"
});

impl Lang {
    /// Every interface language, in the order the page offers them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The BCP 47 tag: `en`, `de`, `fr`, `es`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The interface language for a requested tag (`de-AT` → German); English for
    /// anything else.
    pub fn pick(requested: Option<&str>) -> Lang {
        let primary = requested
            .and_then(|tag| tag.trim().split(['-', '_']).next())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        Lang::ALL.into_iter().find(|l| l.tag() == primary).unwrap_or_default()
    }
}

/// Fills a template's `{slot}`s. A slot with no value is left as it is (a test makes
/// sure that never happens in the catalogue).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let slot = after.get(1..).and_then(|a| a.find('}').map(|close| (a, close)));
        match slot {
            Some((a, close)) => {
                let name = a.get(..close).unwrap_or("");
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = a.get(close + 1..).unwrap_or("");
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A CLDR plural category, as the interface's languages use them for whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// The plural category of a count in `lang`, by the CLDR rules for whole numbers:
/// English, German and Spanish say "one" of exactly 1, French of 0 and 1
/// ("0 application", "1 application", "2 applications").
pub fn plural(lang: Lang, n: usize) -> Plural {
    let one = match lang {
        Lang::En | Lang::De | Lang::Es => n == 1,
        Lang::Fr => n <= 1,
    };
    if one {
        Plural::One
    } else {
        Plural::Other
    }
}

/// A count message in `lang`: `one` or `other` by [`plural`], its `{n}` filled.
pub fn count(lang: Lang, n: usize, one: Msg, other: Msg) -> String {
    let msg = match plural(lang, n) {
        Plural::One => one,
        Plural::Other => other,
    };
    fill(msg.get(lang), &[("n", &n.to_string())])
}

macro_rules! catalogue {
    ($($key:ident => [$en:expr, $de:expr, $fr:expr, $es:expr $(,)?],)*) => {
        /// A message of the interface; [`Msg::get`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types, reason = "message keys read like the constants they are")]
        pub enum Msg { $($key,)* }

        impl Msg {
            /// Every message, for the completeness test.
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            /// The message in `lang` as this build carries it: English always, the
            /// other languages with the `languages` feature (the CLI's and the native
            /// library's; the site's Wasm module loads them as data, [`load`]).
            fn compiled(self, lang: Lang) -> Option<&'static str> {
                // Each language's messages are one text, cut at the ends the build
                // worked out: a few bytes of code, where a `match` of every message in
                // every language was 10 KB of the Wasm module.
                let (text, ends) = match lang {
                    Lang::En => (concat!($($en),*), &Packed::EN),
                    #[cfg(feature = "languages")]
                    Lang::De => (concat!($($de),*), &Packed::DE),
                    #[cfg(feature = "languages")]
                    Lang::Fr => (concat!($($fr),*), &Packed::FR),
                    #[cfg(feature = "languages")]
                    Lang::Es => (concat!($($es),*), &Packed::ES),
                    #[cfg(not(feature = "languages"))]
                    _ => return None,
                };
                let at = self as usize;
                let start = at.checked_sub(1).and_then(|before| ends.get(before)).map_or(0, |&end| end as usize);
                let end = ends.get(at).map_or(0, |&end| end as usize);
                text.get(start..end)
            }
        }

        /// Where each message ends in its language's text.
        struct Packed;

        impl Packed {
            const EN: [u16; Msg::ALL.len()] = ends([$($en),*]);
            #[cfg(feature = "languages")]
            const DE: [u16; Msg::ALL.len()] = ends([$($de),*]);
            #[cfg(feature = "languages")]
            const FR: [u16; Msg::ALL.len()] = ends([$($fr),*]);
            #[cfg(feature = "languages")]
            const ES: [u16; Msg::ALL.len()] = ends([$($es),*]);
        }

        /// The catalogue's fingerprint: its keys and every language's texts, hashed
        /// when the crate is compiled (only the number is in the build). A language
        /// file carries the fingerprint of the build that wrote it, and a build loads
        /// only a file with its own.
        const FINGERPRINT: u64 = fingerprint(
            &[$(stringify!($key)),*],
            &[&[$($en),*], &[$($de),*], &[$($fr),*], &[$($es),*]],
        );
    };
}

/// FNV-1a over the keys and the texts, each text ended by a byte no UTF-8 text has,
/// so that moving a character from one message to the next changes the number.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn fingerprint(keys: &[&str], languages: &[&[&str]]) -> u64 {
    const fn add(mut hash: u64, text: &str) -> u64 {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            hash ^= bytes[i] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        hash ^= 0xff;
        hash.wrapping_mul(0x0100_0000_01b3)
    }
    let mut hash = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < keys.len() {
        hash = add(hash, keys[i]);
        i += 1;
    }
    let mut l = 0;
    while l < languages.len() {
        let texts = languages[l];
        let mut i = 0;
        while i < texts.len() {
            hash = add(hash, texts[i]);
            i += 1;
        }
        l += 1;
    }
    hash
}

/// The end of each text in the texts joined, worked out when the crate is compiled: in
/// two bytes each (a language's texts are under 64 KB, or the build stops here).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn ends<const N: usize>(texts: [&str; N]) -> [u16; N] {
    let mut out = [0; N];
    let mut total = 0usize;
    let mut i = 0;
    while i < N {
        total += texts[i].len();
        assert!(
            total <= u16::MAX as usize,
            "a language's messages are 64 KB or more: make `ends` wider"
        );
        out[i] = total as u16;
        i += 1;
    }
    out
}

catalogue! {
    // --- questions -----------------------------------------------------------------
    Q_DEVICE => ["Which device is this about?", "Um welches Gerät geht es?", "De quel appareil s'agit-il ?", "¿De qué dispositivo se trata?"],
    Q_PLATFORM => ["Which operating system does it run?", "Welches Betriebssystem läuft darauf?", "Quel système d'exploitation utilise-t-il ?", "¿Qué sistema operativo usa?"],
    Q_OWNERSHIP => ["Who owns the device?", "Wem gehört das Gerät?", "À qui appartient l'appareil ?", "¿De quién es el dispositivo?"],
    Q_EMAIL => ["Does this device reach company email?", "Greift dieses Gerät auf die Firmen-E-Mail zu?", "Cet appareil accède-t-il à la messagerie de l'entreprise ?", "¿Este dispositivo accede al correo de la empresa?"],
    Q_CHAT => ["Does this device reach company chat?", "Greift dieses Gerät auf den Firmen-Chat zu?", "Cet appareil accède-t-il à la messagerie instantanée de l'entreprise ?", "¿Este dispositivo accede al chat de la empresa?"],
    Q_VPN => ["Does this device connect to the company VPN?", "Verbindet sich dieses Gerät mit dem Firmen-VPN?", "Cet appareil se connecte-t-il au VPN de l'entreprise ?", "¿Este dispositivo se conecta a la VPN de la empresa?"],
    Q_FILES => ["Does this device reach company files?", "Greift dieses Gerät auf Firmendateien zu?", "Cet appareil accède-t-il aux fichiers de l'entreprise ?", "¿Este dispositivo accede a los archivos de la empresa?"],
    Q_REGION => ["Where are you based?", "Wo arbeiten Sie?", "Où travaillez-vous ?", "¿Dónde trabaja?"],
    A_PHONE => ["Phone", "Telefon", "Téléphone", "Teléfono"],
    A_TABLET => ["Tablet", "Tablet", "Tablette", "Tableta"],
    A_COMPUTER => ["Laptop or desktop", "Laptop oder Desktop-PC", "Ordinateur portable ou de bureau", "Portátil u ordenador de sobremesa"],
    A_COMPANY => ["My employer (company-owned)", "Mein Arbeitgeber (Firmengerät)", "Mon employeur (appareil de l'entreprise)", "Mi empresa (dispositivo corporativo)"],
    A_PERSONAL => ["Me (personal)", "Ich (privat)", "Moi (personnel)", "Yo (personal)"],
    A_YES => ["Yes", "Ja", "Oui", "Sí"],
    A_NO => ["No", "Nein", "Non", "No"],
    A_CHOOSE => ["Choose…", "Bitte wählen…", "Choisir…", "Elegir…"],
    A_ELSEWHERE => ["Elsewhere", "Anderswo", "Ailleurs", "En otro lugar"],

    // --- verdicts ----------------------------------------------------------------------
    O_REMOVE => ["Remove", "Entfernen", "À supprimer", "Eliminar"],
    O_BROWSER_ONLY => ["Remove the app (browser use allowed)", "App entfernen (im Browser erlaubt)", "Supprimer l'application (autorisée dans le navigateur)", "Eliminar la app (permitida en el navegador)"],
    O_DISCOURAGED => ["Discouraged", "Nicht empfohlen", "Déconseillée", "Desaconsejada"],
    O_ALLOWED => ["Allowed", "Erlaubt", "Autorisée", "Permitida"],
    O_POSSIBLE => ["Possible match — please confirm", "Mögliche Übereinstimmung — bitte bestätigen", "Correspondance possible — veuillez confirmer", "Posible coincidencia — confírmela"],
    O_NOT_APPLICABLE => ["Not restricted on this device", "Auf diesem Gerät nicht eingeschränkt", "Pas restreinte sur cet appareil", "Sin restricción en este dispositivo"],
    O_NOT_COVERED => ["Not in this policy", "Nicht in dieser Richtlinie", "Absente de cette politique", "No figura en esta política"],

    // --- one app -------------------------------------------------------------------------
    E_NOT_NAMED => ["This policy does not name this app.", "Diese Richtlinie nennt diese App nicht.", "Cette politique ne mentionne pas cette application.", "Esta política no menciona esta app."],
    E_PUBLISHER_APP => ["This {publisher} app", "Diese App von {publisher}", "Cette application de {publisher}", "Esta app de {publisher}"],
    E_NAME_IN_TEXT => ["“{text}” appears on line {line}: is {name} on this device? The text names it but does not list it as an installed app — please confirm or dismiss.", "„{text}“ steht in Zeile {line}: Ist {name} auf diesem Gerät? Der Text nennt die App, führt sie aber nicht als installierte App auf — bitte bestätigen oder verwerfen.", "« {text} » figure à la ligne {line} : {name} est-elle sur cet appareil ? Le texte la nomme sans la lister comme application installée — confirmez ou écartez.", "«{text}» aparece en la línea {line}: ¿está {name} en este dispositivo? El texto la nombra, pero no como app instalada: confírmelo o descártelo."],
    E_PUBLISHER_IN_TEXT => ["“{text}” on line {line} is listed with {publisher}, and this policy covers every app made by {publisher}: is it made by {publisher}? Please confirm or dismiss.", "„{text}“ steht in Zeile {line} zusammen mit {publisher}, und diese Richtlinie erfasst jede App von {publisher}: Ist die App von {publisher}? Bitte bestätigen oder verwerfen.", "« {text} » figure à la ligne {line} avec {publisher}, et cette politique couvre toute application de {publisher} : est-elle de {publisher} ? Confirmez ou écartez.", "«{text}» figura en la línea {line} junto a {publisher}, y esta política cubre cualquier app de {publisher}: ¿es de {publisher}? Confírmelo o descártelo."],
    E_MENTION_QUOTED => ["{name} is named on line {line} in quoted text (a forwarded or replied-to message), which does not say it is on this device: is it? Please confirm or dismiss.", "{name} wird in Zeile {line} in zitiertem Text genannt (einer weitergeleiteten oder beantworteten Nachricht); das sagt nicht, dass die App auf diesem Gerät ist: Ist sie es? Bitte bestätigen oder verwerfen.", "{name} est nommée à la ligne {line} dans un texte cité (un message transféré ou auquel on répond), ce qui ne dit pas qu'elle est sur cet appareil : l'est-elle ? Confirmez ou écartez.", "{name} se nombra en la línea {line} en texto citado (un mensaje reenviado o respondido), lo que no dice que esté en este dispositivo: ¿lo está? Confírmelo o descártelo."],
    E_MENTION_SECTION => ["{name} is named on line {line}, under the heading on line {heading}, which says the apps below it were removed or are not installed: is {name} still on this device? Please confirm or dismiss.", "{name} wird in Zeile {line} unter der Überschrift in Zeile {heading} genannt, laut der die Apps darunter entfernt oder nicht installiert sind: Ist {name} noch auf diesem Gerät? Bitte bestätigen oder verwerfen.", "{name} est nommée à la ligne {line}, sous le titre de la ligne {heading}, selon lequel les applications en dessous ont été supprimées ou ne sont pas installées : {name} est-elle encore sur cet appareil ? Confirmez ou écartez.", "{name} se nombra en la línea {line}, bajo el título de la línea {heading}, que dice que las apps de debajo se eliminaron o no están instaladas: ¿sigue {name} en este dispositivo? Confírmelo o descártelo."],
    E_MENTION_UNINSTALL => ["{name} is named on line {line} in an uninstall command or its output: was it removed, or is it still on this device? Please confirm or dismiss.", "{name} wird in Zeile {line} in einem Deinstallationsbefehl oder dessen Ausgabe genannt: Wurde die App entfernt, oder ist sie noch auf diesem Gerät? Bitte bestätigen oder verwerfen.", "{name} est nommée à la ligne {line} dans une commande de désinstallation ou sa sortie : a-t-elle été supprimée, ou est-elle encore sur cet appareil ? Confirmez ou écartez.", "{name} se nombra en la línea {line} en un comando de desinstalación o su salida: ¿se eliminó o sigue en este dispositivo? Confírmelo o descártelo."],
    E_MENTION_STATUS => ["{name} is listed on line {line} with a status that says it is not installed: is it on this device? Please confirm or dismiss.", "{name} steht in Zeile {line} mit einem Status, laut dem die App nicht installiert ist: Ist sie auf diesem Gerät? Bitte bestätigen oder verwerfen.", "{name} figure à la ligne {line} avec un statut indiquant qu'elle n'est pas installée : est-elle sur cet appareil ? Confirmez ou écartez.", "{name} figura en la línea {line} con un estado que dice que no está instalada: ¿está en este dispositivo? Confírmelo o descártelo."],
    E_IN_TEXT => ["Found in the text on line {line}, outside the apps appcheck read from the list.", "Im Text in Zeile {line} gefunden, außerhalb der Apps, die appcheck aus der Liste gelesen hat.", "Trouvée dans le texte à la ligne {line}, en dehors des applications qu'appcheck a lues dans la liste.", "Encontrada en el texto en la línea {line}, fuera de las apps que appcheck leyó de la lista."],
    E_DISMISSED => ["You said this is not {name}; this policy does not name it.", "Sie haben angegeben, dass dies nicht {name} ist; diese Richtlinie nennt die App nicht.", "Vous avez indiqué que ce n'est pas {name} ; cette politique ne la mentionne pas.", "Ha indicado que no es {name}; esta política no la menciona."],
    E_POSSIBLE_PUBLISHER => ["Is “{text}” an app made by {publisher}? Its name may be cut short, and this policy covers every app made by {publisher}: please say whether it is.", "Ist „{text}“ eine App von {publisher}? Der Name ist vielleicht abgeschnitten, und diese Richtlinie gilt für jede App von {publisher}: Bitte geben Sie an, ob sie es ist.", "« {text} » est-elle une application de {publisher} ? Son nom est peut-être coupé, et cette politique couvre toutes les applications de {publisher} : indiquez si c'en est une.", "¿Es «{text}» una app de {publisher}? Su nombre puede estar cortado, y esta política cubre todas las apps de {publisher}: indique si lo es."],
    E_POSSIBLE => ["Is “{text}” {name}? The names are close: please say whether it is.", "Ist „{text}“ {name}? Die Namen sind sehr ähnlich: Bitte geben Sie an, ob es diese App ist.", "« {text} » est-elle {name} ? Les noms sont très proches : indiquez si c'est bien elle.", "¿Es «{text}» {name}? Los nombres son muy parecidos: indique si lo es."],
    E_NOT_APPLICABLE => ["{name} is named by this policy, but none of its rules restrict it as an installed app on this device.", "{name} wird in dieser Richtlinie genannt, aber keine ihrer Regeln schränkt die installierte App auf diesem Gerät ein.", "{name} figure dans cette politique, mais aucune de ses règles ne la restreint en tant qu'application installée sur cet appareil.", "{name} figura en esta política, pero ninguna de sus reglas la restringe como app instalada en este dispositivo."],
    E_REMOVE_NOW => ["{name} must be removed from this device immediately.", "{name} muss sofort von diesem Gerät entfernt werden.", "{name} doit être supprimée de cet appareil immédiatement.", "{name} debe eliminarse de este dispositivo de inmediato."],
    E_REMOVE_PASSED => ["{name} must be removed from this device — the deadline, {date}, has passed.", "{name} muss von diesem Gerät entfernt werden — die Frist, {date}, ist abgelaufen.", "{name} doit être supprimée de cet appareil — le délai, {date}, est dépassé.", "{name} debe eliminarse de este dispositivo — el plazo, {date}, ya ha vencido."],
    E_REMOVE_BY => ["{name} must be removed from this device by {date}.", "{name} muss bis {date} von diesem Gerät entfernt werden.", "{name} doit être supprimée de cet appareil avant le {date}.", "{name} debe eliminarse de este dispositivo antes del {date}."],
    E_REMOVE => ["{name} must be removed from this device.", "{name} muss von diesem Gerät entfernt werden.", "{name} doit être supprimée de cet appareil.", "{name} debe eliminarse de este dispositivo."],
    E_BROWSER_NOW => ["{name} must be removed as an app immediately; using it in a web browser is allowed.", "{name} muss sofort als App entfernt werden; die Nutzung im Webbrowser ist erlaubt.", "{name} doit être supprimée en tant qu'application immédiatement ; l'utiliser dans un navigateur web est autorisé.", "{name} debe eliminarse como app de inmediato; usarla en un navegador web está permitido."],
    E_BROWSER_PASSED => ["{name} must be removed as an app — the deadline, {date}, has passed; using it in a web browser is allowed.", "{name} muss als App entfernt werden — die Frist, {date}, ist abgelaufen; die Nutzung im Webbrowser ist erlaubt.", "{name} doit être supprimée en tant qu'application — le délai, {date}, est dépassé ; l'utiliser dans un navigateur web est autorisé.", "{name} debe eliminarse como app — el plazo, {date}, ya ha vencido; usarla en un navegador web está permitido."],
    E_BROWSER_BY => ["{name} must be removed as an app by {date}; using it in a web browser is allowed.", "{name} muss bis {date} als App entfernt werden; die Nutzung im Webbrowser ist erlaubt.", "{name} doit être supprimée en tant qu'application avant le {date} ; l'utiliser dans un navigateur web est autorisé.", "{name} debe eliminarse como app antes del {date}; usarla en un navegador web está permitido."],
    E_BROWSER => ["{name} must be removed as an app; using it in a web browser is allowed.", "{name} muss als App entfernt werden; die Nutzung im Webbrowser ist erlaubt.", "{name} doit être supprimée en tant qu'application ; l'utiliser dans un navigateur web est autorisé.", "{name} debe eliminarse como app; usarla en un navegador web está permitido."],
    E_DISCOURAGED => ["{name} is discouraged on this device (advice, not an order).", "{name} wird auf diesem Gerät nicht empfohlen (ein Rat, keine Anweisung).", "{name} est déconseillée sur cet appareil (un conseil, pas un ordre).", "{name} se desaconseja en este dispositivo (un consejo, no una orden)."],
    E_ALLOWED => ["{name} is allowed on this device.", "{name} ist auf diesem Gerät erlaubt.", "{name} est autorisée sur cet appareil.", "{name} está permitida en este dispositivo."],

    // --- the answer, for a person on a phone (issue 15) -----------------------------------
    P_ADD_CALENDAR => ["Add the deadline to my calendar", "Frist in meinen Kalender eintragen", "Ajouter l'échéance à mon agenda", "Añadir el plazo a mi calendario"],
    P_TICKED_ONE => ["You ticked {n} app.", "Sie haben {n} App angehakt.", "Vous avez coché {n} application.", "Ha marcado {n} app."],
    P_TICKED_OTHER => ["You ticked {n} apps.", "Sie haben {n} Apps angehakt.", "Vous avez coché {n} applications.", "Ha marcado {n} apps."],
    P_ORIGINAL_WITHDRAWN => ["Original message (withdrawn)", "Ursprüngliche Nachricht (zurückgezogen)", "Message d'origine (retiré)", "Mensaje original (retirado)"],
    P_ORIGINAL_SUPERSEDED => ["Original message (replaced)", "Ursprüngliche Nachricht (ersetzt)", "Message d'origine (remplacé)", "Mensaje original (sustituido)"],
    P_ORIGINAL_EXPIRED => ["Original message (no longer in force)", "Ursprüngliche Nachricht (nicht mehr in Kraft)", "Message d'origine (plus en vigueur)", "Mensaje original (ya no está en vigor)"],
    P_STATUS_WITHDRAWN => ["withdrawn", "zurückgezogen", "retirée", "retirada"],
    P_STATUS_SUPERSEDED => ["replaced", "ersetzt", "remplacée", "sustituida"],
    P_SEARCH_APPS => ["Find an app", "App suchen", "Chercher une application", "Buscar una app"],
    P_EMAIL_HELP => ["Email the help desk", "E-Mail an den Helpdesk", "Écrire au support informatique", "Escribir al servicio de asistencia"],
    P_CALL_HELP => ["Call {phone}", "{phone} anrufen", "Appeler le {phone}", "Llamar al {phone}"],
    P_HELP_PAGE => ["Help desk page", "Helpdesk-Seite", "Page du support informatique", "Página del servicio de asistencia"],
    P_STALE => ["Checking again…", "Wird erneut geprüft…", "Nouvelle vérification…", "Comprobando de nuevo…"],
    F_FOUND_NAME => ["Found by its name.", "Anhand des Namens gefunden.", "Trouvée par son nom.", "Encontrada por su nombre."],
    F_FOUND_ALIAS => ["Found by the name “{value}”.", "Anhand des Namens „{value}“ gefunden.", "Trouvée par le nom « {value} ».", "Encontrada por el nombre «{value}»."],
    F_FOUND_ANDROID => ["Found by its Android package name.", "Anhand des Android-Paketnamens gefunden.", "Trouvée par son nom de paquet Android.", "Encontrada por su nombre de paquete de Android."],
    F_FOUND_IOS => ["Found by its iPhone and iPad app id.", "Anhand der iPhone- und iPad-App-Kennung gefunden.", "Trouvée par son identifiant d'application iPhone et iPad.", "Encontrada por su identificador de app de iPhone y iPad."],
    F_FOUND_ID => ["Found by its app id.", "Anhand der App-Kennung gefunden.", "Trouvée par son identifiant d'application.", "Encontrada por su identificador de app."],
    F_FOUND_STORE => ["Found by its App Store link.", "Anhand des App-Store-Links gefunden.", "Trouvée par son lien App Store.", "Encontrada por su enlace de App Store."],
    F_FOUND_PUBLISHER => ["Made by {publisher}.", "Von {publisher}.", "Éditée par {publisher}.", "Creada por {publisher}."],
    F_FOUND_CONFIRMED => ["You said “{value}” is {name}.", "Sie haben angegeben, dass „{value}“ {name} ist.", "Vous avez indiqué que « {value} » est {name}.", "Ha indicado que «{value}» es {name}."],
    F_OTHER_DEVICES_STEPS => ["How to remove it on other devices", "So entfernen Sie sie auf anderen Geräten", "Comment la supprimer sur d'autres appareils", "Cómo eliminarla en otros dispositivos"],
    F_HELP_DESK => ["Details for the help desk", "Details für den Helpdesk", "Détails pour le support informatique", "Detalles para el servicio de asistencia"],
    F_AS_PASTED => ["As pasted (line {line})", "Wie eingefügt (Zeile {line})", "Tel que collé (ligne {line})", "Tal como se pegó (línea {line})"],
    F_RECOGNISED => ["How it was recognised", "Wie sie erkannt wurde", "Comment elle a été reconnue", "Cómo se reconoció"],
    F_RULE => ["Rule", "Regel", "Règle", "Regla"],

    // --- how an app was recognised -------------------------------------------------------
    M_ANDROID => ["matched by Android package name `{value}`", "erkannt am Android-Paketnamen `{value}`", "reconnue par le nom de paquet Android `{value}`", "reconocida por el nombre de paquete Android `{value}`"],
    M_IOS => ["matched by iOS bundle id `{value}`", "erkannt an der iOS-Bundle-ID `{value}`", "reconnue par l'identifiant de bundle iOS `{value}`", "reconocida por el identificador de bundle de iOS `{value}`"],
    M_OTHER => ["matched by identifier `{value}`", "erkannt an der Kennung `{value}`", "reconnue par l'identifiant `{value}`", "reconocida por el identificador `{value}`"],
    M_APP_STORE => ["matched by App Store id {value}", "erkannt an der App-Store-ID {value}", "reconnue par l'identifiant App Store {value}", "reconocida por el identificador de App Store {value}"],
    M_NAME => ["matched by name \"{value}\"", "erkannt am Namen „{value}“", "reconnue par le nom « {value} »", "reconocida por el nombre «{value}»"],
    M_NAME_AS => ["matched by name \"{value}\" = \"{name}\"", "erkannt am Namen „{value}“ = „{name}“", "reconnue par le nom « {value} » = « {name} »", "reconocida por el nombre «{value}» = «{name}»"],
    M_SIMILAR => ["possible match: \"{value}\" ≈ \"{name}\" (0.{similarity} similar)", "mögliche Übereinstimmung: „{value}“ ≈ „{name}“ (Ähnlichkeit 0,{similarity})", "correspondance possible : « {value} » ≈ « {name} » (similarité 0,{similarity})", "posible coincidencia: «{value}» ≈ «{name}» (similitud 0,{similarity})"],
    M_PUBLISHER => ["matched by publisher: `{value}` starts with `{prefix}`", "erkannt am Anbieter: `{value}` beginnt mit `{prefix}`", "reconnue par l'éditeur : `{value}` commence par `{prefix}`", "reconocida por el editor: `{value}` empieza por `{prefix}`"],

    // --- the overall answer ----------------------------------------------------------------
    R_NEED_CONTEXT => ["Answer these questions first, so the policy can be applied: {questions}", "Beantworten Sie zuerst diese Fragen, damit die Richtlinie angewendet werden kann: {questions}", "Répondez d'abord à ces questions pour que la politique puisse s'appliquer : {questions}", "Responda primero a estas preguntas para poder aplicar la política: {questions}"],
    R_DOES_NOT_APPLY => ["This policy orders nothing for {context}: no app must be removed.", "Diese Richtlinie ordnet für {context} nichts an: Keine App muss entfernt werden.", "Cette politique n'impose rien pour {context} : aucune application ne doit être supprimée.", "Esta política no ordena nada para {context}: no hay que eliminar ninguna app."],
    R_NONE_OF_THESE => ["Nothing to do: you said you have none of the apps this policy names. If you install one of them, check again.", "Nichts zu tun: Sie haben angegeben, dass Sie keine der Apps dieser Richtlinie haben. Wenn Sie eine davon installieren, prüfen Sie erneut.", "Rien à faire : vous avez indiqué n'avoir aucune des applications que cette politique nomme. Si vous en installez une, vérifiez à nouveau.", "Nada que hacer: indicó que no tiene ninguna de las apps que nombra esta política. Si instala alguna, vuelva a comprobar."],
    R_NO_APPS => ["No apps were found in what you entered, so nothing was checked. Paste your app list, one app per line, and check again.", "In Ihrer Eingabe wurden keine Apps gefunden, daher wurde nichts geprüft. Fügen Sie Ihre App-Liste ein, eine App pro Zeile, und prüfen Sie erneut.", "Aucune application n'a été trouvée dans votre saisie : rien n'a été vérifié. Collez votre liste d'applications, une par ligne, puis vérifiez à nouveau.", "No se encontró ninguna app en lo que escribió, así que no se comprobó nada. Pegue su lista de apps, una por línea, y vuelva a comprobar."],
    R_NONE_READ => ["No app could be read in what you entered, so nothing was checked: {unread} Paste your app list as text, one app per line, and check again, or ask the help desk.", "In Ihrer Eingabe konnte keine App gelesen werden, daher wurde nichts geprüft: {unread} Fügen Sie Ihre App-Liste als Text ein, eine App pro Zeile, und prüfen Sie erneut, oder fragen Sie den Helpdesk.", "Aucune application n'a pu être lue dans votre saisie : rien n'a été vérifié. {unread} Collez votre liste d'applications sous forme de texte, une par ligne, puis vérifiez à nouveau, ou demandez au support informatique.", "No se pudo leer ninguna app en lo que escribió, así que no se comprobó nada: {unread} Pegue su lista de apps como texto, una por línea, y vuelva a comprobar, o consulte al servicio de asistencia."],
    A_ACTION_REQUIRED => ["Must act", "Muss handeln", "Doit agir", "Debe actuar"],
    A_ADVICE => ["Advice", "Empfehlung", "Conseil", "Recomendación"],
    A_NOTHING_TO_DO => ["Nothing to do", "Nichts zu tun", "Rien à faire", "Nada que hacer"],
    A_DOES_NOT_APPLY => ["Not concerned", "Nicht betroffen", "Non concerné", "No afectado"],
    A_NEED_CONTEXT => ["Waiting for an answer", "Wartet auf eine Antwort", "En attente d'une réponse", "Espera una respuesta"],
    A_NO_APPS => ["No apps read", "Keine Apps gelesen", "Aucune application lue", "Ninguna app leída"],
    A_WITHDRAWN => ["Policy withdrawn", "Richtlinie zurückgezogen", "Politique retirée", "Política retirada"],
    A_SUPERSEDED => ["Policy replaced", "Richtlinie ersetzt", "Politique remplacée", "Política sustituida"],
    A_EXPIRED => ["Policy ended", "Richtlinie abgelaufen", "Politique expirée", "Política vencida"],
    A_INCOMPLETE => ["Could not be read", "Nicht lesbar", "Illisible", "No se pudo leer"],
    A_NOT_IN_FORCE => ["Not yet in force", "Noch nicht in Kraft", "Pas encore en vigueur", "Aún no en vigor"],
    A_CONFIRM_MATCHES => ["Confirm a name", "Namen bestätigen", "Confirmer un nom", "Confirmar un nombre"],
    FLEET_ACT_ONE => ["{n} of {total} devices must act", "{n} von {total} Geräten muss handeln", "{n} appareil sur {total} doit agir", "{n} de {total} dispositivos debe actuar"],
    FLEET_ACT_OTHER => ["{n} of {total} devices must act", "{n} von {total} Geräten müssen handeln", "{n} appareils sur {total} doivent agir", "{n} de {total} dispositivos deben actuar"],
    FLEET_PREVIEW_ONE => ["{n} of {total} devices would have to act", "{n} von {total} Geräten müsste handeln", "{n} appareil sur {total} devrait agir", "{n} de {total} dispositivos tendría que actuar"],
    FLEET_PREVIEW_OTHER => ["{n} of {total} devices would have to act", "{n} von {total} Geräten müssten handeln", "{n} appareils sur {total} devraient agir", "{n} de {total} dispositivos tendrían que actuar"],
    FLEET_NOTHING_ONE => ["{n} has nothing to do", "{n} hat nichts zu tun", "{n} n'a rien à faire", "{n} no tiene nada que hacer"],
    FLEET_NOTHING_OTHER => ["{n} have nothing to do", "{n} haben nichts zu tun", "{n} n'ont rien à faire", "{n} no tienen nada que hacer"],
    FLEET_ADVICE_ONE => ["{n} has an app the policy advises against", "{n} hat eine App, von der die Richtlinie abrät", "{n} a une application que la politique déconseille", "{n} tiene una app que la política desaconseja"],
    FLEET_ADVICE_OTHER => ["{n} have apps the policy advises against", "{n} haben Apps, von denen die Richtlinie abrät", "{n} ont des applications que la politique déconseille", "{n} tienen apps que la política desaconseja"],
    FLEET_WAITING_ONE => ["{n} waits for an answer", "{n} wartet auf eine Antwort", "{n} attend une réponse", "{n} espera una respuesta"],
    FLEET_WAITING_OTHER => ["{n} wait for an answer", "{n} warten auf eine Antwort", "{n} attendent une réponse", "{n} esperan una respuesta"],
    FLEET_LOOSE_ONE => ["{n} line outside the devices' rows names an app to act on or to confirm: see the apps below.", "{n} Zeile außerhalb der Gerätezeilen nennt eine App, bei der etwas zu tun oder zu bestätigen ist: siehe die Apps unten.", "{n} ligne hors des lignes des appareils nomme une appli à traiter ou à confirmer : voir les applis ci-dessous.", "{n} línea fuera de las filas de los dispositivos nombra una aplicación que hay que tratar o confirmar: vea las aplicaciones más abajo."],
    FLEET_LOOSE_OTHER => ["{n} lines outside the devices' rows name apps to act on or to confirm: see the apps below.", "{n} Zeilen außerhalb der Gerätezeilen nennen Apps, bei denen etwas zu tun oder zu bestätigen ist: siehe die Apps unten.", "{n} lignes hors des lignes des appareils nomment des applis à traiter ou à confirmer : voir les applis ci-dessous.", "{n} líneas fuera de las filas de los dispositivos nombran aplicaciones que hay que tratar o confirmar: vea las aplicaciones más abajo."],
    FLEET_UNREAD_ONE => ["{n} could not be read", "{n} konnte nicht gelesen werden", "{n} n'a pas pu être lu", "{n} no se pudo leer"],
    FLEET_UNREAD_OTHER => ["{n} could not be read", "{n} konnten nicht gelesen werden", "{n} n'ont pas pu être lus", "{n} no se pudieron leer"],
    FLEET_NO_VERDICT_ONE => ["{n} gets no verdict from this policy", "{n} erhält von dieser Richtlinie kein Urteil", "{n} ne reçoit aucun verdict de cette politique", "{n} no recibe ningún veredicto de esta política"],
    FLEET_NO_VERDICT_OTHER => ["{n} get no verdict from this policy", "{n} erhalten von dieser Richtlinie kein Urteil", "{n} ne reçoivent aucun verdict de cette politique", "{n} no reciben ningún veredicto de esta política"],
    FLEET_COL_DEVICE => ["Device", "Gerät", "Appareil", "Dispositivo"],
    FLEET_COL_USER => ["User", "Benutzer", "Utilisateur", "Usuario"],
    FLEET_COL_PLATFORM => ["Platform", "Plattform", "Plateforme", "Plataforma"],
    FLEET_COL_ANSWER => ["Answer", "Antwort", "Réponse", "Respuesta"],
    FLEET_COL_APPS => ["Apps", "Apps", "Applications", "Apps"],
    FLEET_NO_DEVICE => ["Rows without a device name", "Zeilen ohne Gerätenamen", "Lignes sans nom d'appareil", "Filas sin nombre de dispositivo"],
    FLEET_TITLE => ["Devices", "Geräte", "Appareils", "Dispositivos"],
    FLEET_CAPTION => ["Each device's answer", "Die Antwort für jedes Gerät", "La réponse pour chaque appareil", "La respuesta para cada dispositivo"],
    FLEET_SHOW => ["Show", "Anzeigen", "Afficher", "Mostrar"],
    FLEET_SHOW_ACT => ["Devices that must act", "Geräte, die handeln müssen", "Appareils qui doivent agir", "Dispositivos que deben actuar"],
    FLEET_SHOW_WAITING => ["Devices waiting for an answer", "Geräte, die auf eine Antwort warten", "Appareils en attente d'une réponse", "Dispositivos que esperan una respuesta"],
    FLEET_SHOW_UNREAD => ["Devices that could not be read", "Geräte, die nicht gelesen werden konnten", "Appareils qui n'ont pas pu être lus", "Dispositivos que no se pudieron leer"],
    FLEET_SHOW_ADVICE => ["Devices with advice", "Geräte mit Empfehlungen", "Appareils avec des conseils", "Dispositivos con recomendaciones"],
    FLEET_SHOW_ALL => ["All devices", "Alle Geräte", "Tous les appareils", "Todos los dispositivos"],
    FLEET_FILTER => ["Filter by device, user or app", "Nach Gerät, Benutzer oder App filtern", "Filtrer par appareil, utilisateur ou application", "Filtrar por dispositivo, usuario o app"],
    FLEET_SHOWN => ["Shown: {n} of {total} devices.", "Angezeigt: {n} von {total} Geräten.", "Affichés : {n} sur {total} appareils.", "Mostrados: {n} de {total} dispositivos."],
    FLEET_NONE => ["No device matches.", "Kein Gerät passt.", "Aucun appareil ne correspond.", "Ningún dispositivo coincide."],
    FLEET_DOWNLOAD => ["Download as CSV", "Als CSV herunterladen", "Télécharger en CSV", "Descargar como CSV"],
    FLEET_DOWNLOAD_NOTE => ["Every device, one row per app; the file is made in this browser and nothing is sent.", "Alle Geräte, eine Zeile pro App; die Datei entsteht in diesem Browser, nichts wird gesendet.", "Tous les appareils, une ligne par application ; le fichier est créé dans ce navigateur et rien n'est envoyé.", "Todos los dispositivos, una fila por app; el archivo se crea en este navegador y no se envía nada."],
    R_BLIND => ["Apps listed only by an identifier (a package name or a store number) could not be checked for {apps}: this policy names them without one. Type the apps' names, or ask the help desk.", "Apps, die nur mit einer Kennung (Paketname oder Store-Nummer) aufgeführt sind, konnten nicht auf {apps} geprüft werden: Die Richtlinie nennt sie ohne Kennung. Tippen Sie die Namen der Apps ein, oder fragen Sie den Helpdesk.", "Les applications listées par un seul identifiant (nom de paquet ou numéro de store) n'ont pas pu être vérifiées pour {apps} : la politique les nomme sans identifiant. Tapez les noms des applications, ou demandez au support.", "Las apps indicadas solo por un identificador (nombre de paquete o número de tienda) no se pudieron comprobar para {apps}: la política las nombra sin identificador. Escriba los nombres de las apps, o pregunte al servicio de asistencia."],
    R_FOREIGN_SCRIPT_ONE => ["{n} name ({names}) is written in an alphabet this policy writes no app's name in, so appcheck cannot tell which app it is. Type it as the app store writes it, or ask the help desk.", "{n} Name ({names}) ist in einer Schrift geschrieben, in der die Richtlinie keinen App-Namen schreibt, daher kann appcheck nicht erkennen, welche App gemeint ist. Tippen Sie ihn so ein, wie der App Store ihn schreibt, oder fragen Sie den Helpdesk.", "{n} nom ({names}) est écrit dans un alphabet où la politique n'écrit le nom d'aucune application : appcheck ne peut pas savoir de quelle application il s'agit. Tapez-le comme la boutique d'applications l'écrit, ou demandez au support.", "{n} nombre ({names}) está escrito en un alfabeto en el que la política no escribe el nombre de ninguna app, así que appcheck no puede saber qué app es. Escríbalo como lo escribe la tienda de apps, o pregunte al servicio de asistencia."],
    R_FOREIGN_SCRIPT_OTHER => ["{n} names ({names}) are written in an alphabet this policy writes no app's name in, so appcheck cannot tell which apps they are. Type them as the app store writes them, or ask the help desk.", "{n} Namen ({names}) sind in einer Schrift geschrieben, in der die Richtlinie keinen App-Namen schreibt, daher kann appcheck nicht erkennen, welche Apps gemeint sind. Tippen Sie sie so ein, wie der App Store sie schreibt, oder fragen Sie den Helpdesk.", "{n} noms ({names}) sont écrits dans un alphabet où la politique n'écrit le nom d'aucune application : appcheck ne peut pas savoir de quelles applications il s'agit. Tapez-les comme la boutique d'applications les écrit, ou demandez au support.", "{n} nombres ({names}) están escritos en un alfabeto en el que la política no escribe el nombre de ninguna app, así que appcheck no puede saber qué apps son. Escríbalos como los escribe la tienda de apps, o pregunte al servicio de asistencia."],
    R_UNREAD_ONE => ["{n} line could not be read and was not checked (see the notes below).", "{n} Zeile konnte nicht gelesen werden und wurde nicht geprüft (siehe Hinweise unten).", "{n} ligne n'a pas pu être lue et n'a pas été vérifiée (voir les remarques ci-dessous).", "{n} línea no se pudo leer y no se comprobó (vea las notas más abajo)."],
    R_UNREAD_OTHER => ["{n} lines could not be read and were not checked (see the notes below).", "{n} Zeilen konnten nicht gelesen werden und wurden nicht geprüft (siehe Hinweise unten).", "{n} lignes n'ont pas pu être lues et n'ont pas été vérifiées (voir les remarques ci-dessous).", "{n} líneas no se pudieron leer y no se comprobaron (vea las notas más abajo)."],
    R_REMOVE_NOW => ["Remove {apps} now.", "Entfernen Sie jetzt {apps}.", "Supprimez {apps} maintenant.", "Elimine {apps} ahora."],
    R_REMOVE_PASSED => ["Remove {apps} now: the deadline, {date}, has passed.", "Entfernen Sie jetzt {apps}: Die Frist, {date}, ist abgelaufen.", "Supprimez {apps} maintenant : le délai, {date}, est dépassé.", "Elimine {apps} ahora: el plazo, {date}, ya ha vencido."],
    R_REMOVE_BY => ["Remove {apps} by {date}.", "Entfernen Sie {apps} bis {date}.", "Supprimez {apps} avant le {date}.", "Elimine {apps} antes del {date}."],
    R_REMOVE_FIRST => ["Remove {apps}; the first deadline is {date}.", "Entfernen Sie {apps}; die erste Frist endet am {date}.", "Supprimez {apps} ; le premier délai est le {date}.", "Elimine {apps}; el primer plazo vence el {date}."],
    R_REMOVE => ["Remove {apps}.", "Entfernen Sie {apps}.", "Supprimez {apps}.", "Elimine {apps}."],
    R_ALSO_CONFIRM_ONE => ["Also confirm or dismiss the possible match below.", "Bestätigen oder verwerfen Sie außerdem die mögliche Übereinstimmung unten.", "Confirmez ou écartez aussi la correspondance possible ci-dessous.", "Confirme o descarte también la posible coincidencia de abajo."],
    R_ALSO_CONFIRM_OTHER => ["Also confirm or dismiss the {n} possible matches below.", "Bestätigen oder verwerfen Sie außerdem die {n} möglichen Übereinstimmungen unten.", "Confirmez ou écartez aussi les {n} correspondances possibles ci-dessous.", "Confirme o descarte también las {n} posibles coincidencias de abajo."],
    R_CONFIRM_ONE => ["Can't tell yet: {n} app you listed may be an app this policy restricts. Confirm or dismiss the possible match below.", "Noch keine Aussage möglich: {n} App auf Ihrer Liste könnte eine App sein, die diese Richtlinie einschränkt. Bestätigen oder verwerfen Sie die mögliche Übereinstimmung unten.", "Impossible de conclure pour l'instant : {n} application de votre liste pourrait être restreinte par cette politique. Confirmez ou écartez la correspondance possible ci-dessous.", "Aún no se puede saber: {n} app de su lista podría ser una app que esta política restringe. Confirme o descarte la posible coincidencia de abajo."],
    R_CONFIRM_OTHER => ["Can't tell yet: {n} apps you listed may be apps this policy restricts. Confirm or dismiss each possible match below.", "Noch keine Aussage möglich: {n} Apps auf Ihrer Liste könnten Apps sein, die diese Richtlinie einschränkt. Bestätigen oder verwerfen Sie jede mögliche Übereinstimmung unten.", "Impossible de conclure pour l'instant : {n} applications de votre liste pourraient être restreintes par cette politique. Confirmez ou écartez chaque correspondance possible ci-dessous.", "Aún no se puede saber: {n} apps de su lista podrían ser apps que esta política restringe. Confirme o descarte cada posible coincidencia de abajo."],
    R_INCOMPLETE_GOES_ON => ["Can't tell for the whole list: {unread} None of the apps that could be read must be removed. Part of the list is not here: paste the whole list and check again, or ask the help desk.", "Keine Aussage für die ganze Liste möglich: {unread} Keine der lesbaren Apps muss entfernt werden. Ein Teil der Liste fehlt: Fügen Sie die ganze Liste ein und prüfen Sie erneut, oder fragen Sie den Helpdesk.", "Impossible de conclure pour toute la liste : {unread} Aucune des applications lisibles ne doit être supprimée. Une partie de la liste manque : collez la liste complète puis vérifiez à nouveau, ou demandez au support informatique.", "No se puede saber para toda la lista: {unread} Ninguna de las apps que se pudieron leer debe eliminarse. Falta parte de la lista: pegue la lista completa y vuelva a comprobar, o consulte al servicio de asistencia."],
    R_INCOMPLETE => ["Can't tell for the whole list: {unread} None of the apps that could be read must be removed. Fix or remove those lines and check again, or ask the help desk.", "Keine Aussage für die ganze Liste möglich: {unread} Keine der lesbaren Apps muss entfernt werden. Korrigieren oder löschen Sie diese Zeilen und prüfen Sie erneut, oder fragen Sie den Helpdesk.", "Impossible de conclure pour toute la liste : {unread} Aucune des applications lisibles ne doit être supprimée. Corrigez ou retirez ces lignes puis vérifiez à nouveau, ou demandez au support informatique.", "No se puede saber para toda la lista: {unread} Ninguna de las apps que se pudieron leer debe eliminarse. Corrija o quite esas líneas y vuelva a comprobar, o consulte al servicio de asistencia."],
    R_ADVICE => ["Nothing must be removed, but {issuer} advises against some of the apps you listed (see below).", "Nichts muss entfernt werden, aber {issuer} rät von einigen der aufgeführten Apps ab (siehe unten).", "Rien ne doit être supprimé, mais {issuer} déconseille certaines des applications de votre liste (voir ci-dessous).", "No hay que eliminar nada, pero {issuer} desaconseja algunas de las apps de su lista (vea abajo)."],
    R_NOTHING_ONE => ["Nothing to do: the app you listed does not have to be removed from {context} under this policy. Apps you did not list were not checked.", "Nichts zu tun für {context}: Die App auf Ihrer Liste muss nach dieser Richtlinie nicht entfernt werden. Nicht aufgeführte Apps wurden nicht geprüft.", "Rien à faire : l'application de votre liste n'a pas à être supprimée de {context} selon cette politique. Les applications non listées n'ont pas été vérifiées.", "Nada que hacer: la app de su lista no tiene que eliminarse de {context} según esta política. Las apps que no figuran en la lista no se comprobaron."],
    R_NOTHING_OTHER => ["Nothing to do: none of the {apps} you listed must be removed from {context} under this policy. Apps you did not list were not checked.", "Nichts zu tun für {context}: Keine der {apps} auf Ihrer Liste muss nach dieser Richtlinie entfernt werden. Nicht aufgeführte Apps wurden nicht geprüft.", "Rien à faire : aucune des {apps} de votre liste ne doit être supprimée de {context} selon cette politique. Les applications non listées n'ont pas été vérifiées.", "Nada que hacer: ninguna de las {apps} de su lista debe eliminarse de {context} según esta política. Las apps que no figuran en la lista no se comprobaron."],
    R_PUBLISHERS => ["This policy also covers every other app made by {names}. If you have another app by {names} (the app store shows who made it), remove it too, or ask the help desk.", "Diese Richtlinie erfasst auch jede andere App von {names}. Wenn Sie eine andere App von {names} haben (der App Store zeigt, wer sie entwickelt hat), entfernen Sie auch diese oder fragen Sie den Helpdesk.", "Cette politique couvre aussi toute autre application de {names}. Si vous avez une autre application de {names} (la boutique d'applications indique qui l'a créée), supprimez-la aussi ou demandez au support informatique.", "Esta política también cubre cualquier otra app de {names}. Si tiene otra app de {names} (la tienda de apps muestra quién la creó), elimínela también o consulte al servicio de asistencia."],
    W_AND => [" and ", " und ", " et ", " y "],
    W_RULE => ["rule", "Regel", "règle", "regla"],
    N_MORE_APPS => ["{n} other apps", "{n} weitere Apps", "{n} autres applications", "otras {n} apps"],
    W_OR => [" or ", " oder ", " ou ", " o "],
    N_APPS_ONE => ["{n} app", "{n} App", "{n} application", "{n} app"],
    N_APPS_OTHER => ["{n} apps", "{n} Apps", "{n} applications", "{n} apps"],
    N_OTHER_APPS_ONE => ["{n} other listed app", "{n} weitere aufgeführte App", "{n} autre application listée", "{n} app más de la lista"],
    N_OTHER_APPS_OTHER => ["{n} other listed apps", "{n} weitere aufgeführte Apps", "{n} autres applications listées", "{n} apps más de la lista"],

    // --- the device, in the overall answer ------------------------------------------------
    C_DEVICE => ["your device ({facts})", "Ihr Gerät ({facts})", "votre appareil ({facts})", "su dispositivo ({facts})"],
    C_ANY_DEVICE => ["your device", "Ihr Gerät", "votre appareil", "su dispositivo"],
    C_PHONE => ["phone", "Telefon", "téléphone", "teléfono"],
    C_TABLET => ["tablet", "Tablet", "tablette", "tableta"],
    C_COMPUTER => ["computer", "Computer", "ordinateur", "ordenador"],
    C_COMPANY => ["company-owned", "Firmengerät", "appartenant à l'entreprise", "de la empresa"],
    C_PERSONAL => ["personal", "privat", "personnel", "personal"],
    C_REACHES => ["reaches company {services}", "mit Zugriff auf Firmen-{services}", "accède à : {services} de l'entreprise", "accede a: {services} de la empresa"],
    C_NOT_REACHES => ["does not reach company {services}", "ohne Zugriff auf Firmen-{services}", "n'accède pas à : {services} de l'entreprise", "no accede a: {services} de la empresa"],
    C_IN => ["in {region}", "in {region}", "région {region}", "en {region}"],
    C_ELSEWHERE => ["outside the regions this policy names", "außerhalb der Regionen dieser Richtlinie", "hors des régions citées par cette politique", "fuera de las regiones que cita esta política"],
    S_EMAIL => ["email", "E-Mail", "messagerie", "correo"],
    S_CHAT => ["chat", "Chat", "messagerie instantanée", "chat"],
    S_VPN => ["VPN", "VPN", "VPN", "VPN"],
    S_FILES => ["files", "Dateien", "fichiers", "archivos"],

    // --- where the policy is in its life --------------------------------------------------
    L_WITHDRAWN => ["Withdrawn on {date} — no action needed.", "Zurückgezogen am {date} — nichts zu tun.", "Retirée le {date} — aucune action nécessaire.", "Retirada el {date}: no hace falta hacer nada."],
    L_REPLACED_ON => ["Replaced on {date} by the policy `{by}`: this one no longer applies.", "Am {date} durch die Richtlinie `{by}` ersetzt: Diese gilt nicht mehr.", "Remplacée le {date} par la politique `{by}` : celle-ci ne s'applique plus.", "Sustituida el {date} por la política `{by}`: esta ya no se aplica."],
    L_REPLACED => ["Replaced by the policy `{by}`: this one no longer applies.", "Durch die Richtlinie `{by}` ersetzt: Diese gilt nicht mehr.", "Remplacée par la politique `{by}` : celle-ci ne s'applique plus.", "Sustituida por la política `{by}`: esta ya no se aplica."],
    L_DRAFT => ["Draft — not in force. What follows is a preview of what employees will see.", "Entwurf — nicht in Kraft. Das Folgende ist eine Vorschau dessen, was Beschäftigte sehen werden.", "Brouillon — pas en vigueur. Ce qui suit est un aperçu de ce que verront les employés.", "Borrador: no está en vigor. Lo que sigue es una vista previa de lo que verán los empleados."],
    L_ENDED => ["This policy ended on {date} and no longer applies.", "Diese Richtlinie endete am {date} und gilt nicht mehr.", "Cette politique a pris fin le {date} et ne s'applique plus.", "Esta política terminó el {date} y ya no se aplica."],
    L_NOT_YET => ["This policy takes effect on {date}. What follows applies from then.", "Diese Richtlinie tritt am {date} in Kraft. Das Folgende gilt ab dann.", "Cette politique entre en vigueur le {date}. Ce qui suit s'applique à partir de cette date.", "Esta política entra en vigor el {date}. Lo que sigue se aplica a partir de entonces."],
    L_STALE => ["This policy was due for review on {date} and may be out of date: ask the help desk whether it still applies.", "Diese Richtlinie hätte am {date} überprüft werden sollen und ist vielleicht veraltet: Fragen Sie den Helpdesk, ob sie noch gilt.", "Cette politique devait être revue le {date} et n'est peut-être plus à jour : demandez au support informatique si elle s'applique encore.", "Esta política debía revisarse el {date} y puede estar desactualizada: pregunte al servicio de asistencia si sigue vigente."],
    D_IMMEDIATELY => ["immediately", "sofort", "immédiatement", "de inmediato"],

    // --- the page ----------------------------------------------------------------------------
    P_TITLE => ["App check", "App-Check", "Vérification des applications", "Comprobación de apps"],
    P_PRIVACY => ["Your app list and your answers stay on this device: the check runs in this page, and nothing you type or paste is sent or stored. The page remembers only which version of each policy it has shown, so that an older one cannot be passed off later.", "Ihre App-Liste und Ihre Antworten bleiben auf diesem Gerät: Die Prüfung läuft in dieser Seite, nichts, was Sie eingeben oder einfügen, wird gesendet oder gespeichert. Die Seite merkt sich nur, welche Version jeder Richtlinie sie gezeigt hat, damit ihr später keine ältere untergeschoben werden kann.", "Votre liste d'applications et vos réponses restent sur cet appareil : la vérification se fait dans cette page, et rien de ce que vous tapez ou collez n'est envoyé ni enregistré. La page retient seulement quelle version de chaque politique elle a affichée, pour qu'on ne puisse pas lui en faire passer une plus ancienne.", "Su lista de apps y sus respuestas se quedan en este dispositivo: la comprobación se hace en esta página y nada de lo que escriba o pegue se envía ni se guarda. La página solo recuerda qué versión de cada política ha mostrado, para que no se le pueda colar una más antigua."],
    P_NO_SCRIPT => ["This checker needs JavaScript to check your apps, and it is off in this browser. Below is the policy this page opens with. If the link you were sent names another policy, open it from the published policies listed below; if you are not sure which policy applies to you, ask your IT help desk.", "Diese Prüfung braucht JavaScript, um Ihre Apps zu prüfen, und es ist in diesem Browser ausgeschaltet. Unten steht die Richtlinie, mit der diese Seite öffnet. Wenn der Link, den Sie bekommen haben, eine andere Richtlinie nennt, öffnen Sie sie aus den unten aufgeführten veröffentlichten Richtlinien; wenn Sie nicht sicher sind, welche Richtlinie für Sie gilt, fragen Sie Ihren IT-Helpdesk.", "Cette vérification a besoin de JavaScript pour contrôler vos applications, et il est désactivé dans ce navigateur. Ci-dessous figure la politique avec laquelle cette page s'ouvre. Si le lien que vous avez reçu désigne une autre politique, ouvrez-la depuis les politiques publiées listées ci-dessous ; en cas de doute sur la politique qui vous concerne, demandez à votre support informatique.", "Esta comprobación necesita JavaScript para revisar sus apps, y está desactivado en este navegador. Abajo está la política con la que se abre esta página. Si el enlace que recibió nombra otra política, ábrala desde las políticas publicadas que aparecen abajo; si no está seguro de qué política le afecta, consulte a su servicio de asistencia informática."],
    P_LANGUAGE => ["Language", "Sprache", "Langue", "Idioma"],
    P_CANT_TELL => ["Can't tell — ask the help desk", "Keine Aussage möglich — fragen Sie den Helpdesk", "Impossible de conclure — demandez au support informatique", "No se puede saber: consulte al servicio de asistencia"],
    P_CANT_TELL_BODY => ["{what} No app can be checked against it, so this page cannot tell you whether you need to do anything. Please contact your IT help desk.", "{what} Keine App kann damit geprüft werden, daher kann diese Seite nicht sagen, ob Sie etwas tun müssen. Bitte wenden Sie sich an Ihren IT-Helpdesk.", "{what} Aucune application ne peut être vérifiée, donc cette page ne peut pas vous dire si vous devez faire quelque chose. Veuillez contacter votre support informatique.", "{what} No se puede comprobar ninguna app, así que esta página no puede decirle si tiene que hacer algo. Póngase en contacto con su servicio de asistencia informática."],
    P_HELP_DESK => ["Help desk: {contact}", "Helpdesk: {contact}", "Support informatique : {contact}", "Servicio de asistencia: {contact}"],
    P_QUESTIONS => ["Questions? {contact}", "Fragen? {contact}", "Des questions ? {contact}", "¿Preguntas? {contact}"],
    P_PUBLISHED => ["Published policies", "Veröffentlichte Richtlinien", "Politiques publiées", "Políticas publicadas"],
    P_OPEN_REPLACEMENT => ["Open the policy that replaces it", "Die Richtlinie öffnen, die sie ersetzt", "Ouvrir la politique qui la remplace", "Abrir la política que la sustituye"],
    P_ISSUED => ["Issued by {issuer} · published {date} · version {version}", "Herausgegeben von {issuer} · veröffentlicht {date} · Version {version}", "Publiée par {issuer} · le {date} · version {version}", "Publicada por {issuer} · el {date} · versión {version}"],
    P_DEADLINE => ["Deadline: {date}", "Frist: {date}", "Date limite : {date}", "Plazo: {date}"],
    P_DEADLINE_PASSED => ["Deadline: {date} (passed)", "Frist: {date} (abgelaufen)", "Date limite : {date} (dépassée)", "Plazo: {date} (vencido)"],
    P_YOUR_TIME => ["Your time: {when}", "Ihre Ortszeit: {when}", "Votre heure locale : {when}", "Su hora local: {when}"],
    P_OVERDUE => ["overdue", "überfällig", "en retard", "vencido"],
    P_REFRESHED => ["Policy last refreshed: {when}", "Richtlinie zuletzt aktualisiert: {when}", "Politique actualisée pour la dernière fois : {when}", "Política actualizada por última vez: {when}"],
    P_SIGNED => ["Signed by your IT department (key {key}) and verified in this browser.", "Von Ihrer IT-Abteilung signiert (Schlüssel {key}) und in diesem Browser geprüft.", "Signée par votre service informatique (clé {key}) et vérifiée dans ce navigateur.", "Firmada por su departamento de TI (clave {key}) y verificada en este navegador."],
    P_UNSIGNED => ["Unsigned: this policy carries no signature, so this page cannot prove it is what your IT department published.", "Unsigniert: Diese Richtlinie trägt keine Signatur, daher kann diese Seite nicht belegen, dass sie von Ihrer IT-Abteilung stammt.", "Non signée : cette politique ne porte pas de signature, donc cette page ne peut pas prouver qu'elle vient de votre service informatique.", "Sin firma: esta política no lleva firma, así que esta página no puede demostrar que la publicó su departamento de TI."],
    P_LIST_LABEL => ["Your apps, one per line", "Ihre Apps, eine pro Zeile", "Vos applications, une par ligne", "Sus apps, una por línea"],
    P_FILE => ["Or choose a file with your app list (an export or CSV); it is read on this device, not uploaded", "Oder wählen Sie eine Datei mit Ihrer App-Liste (Export oder CSV); sie wird auf diesem Gerät gelesen, nicht hochgeladen", "Ou choisissez un fichier avec votre liste (export ou CSV) ; il est lu sur cet appareil, pas envoyé", "O elija un archivo con su lista de apps (una exportación o CSV); se lee en este dispositivo, no se sube"],
    P_FILE_READ_ONE => ["Read {file} ({n} line): it replaces the list above.", "{file} ({n} Zeile) gelesen: Die Datei ersetzt die Liste oben.", "{file} ({n} ligne) lu : il remplace la liste ci-dessus.", "{file} ({n} línea) leído: reemplaza la lista de arriba."],
    P_FILE_READ_OTHER => ["Read {file} ({n} lines): it replaces the list above.", "{file} ({n} Zeilen) gelesen: Die Datei ersetzt die Liste oben.", "{file} ({n} lignes) lu : il remplace la liste ci-dessus.", "{file} ({n} líneas) leído: reemplaza la lista de arriba."],
    P_FILE_ENCODING => ["{file} is not in UTF-8, UTF-16 or Windows-1252, the encodings appcheck reads. Save it as UTF-8 (in Excel: “CSV UTF-8”) and choose it again, or paste the list.", "{file} ist weder in UTF-8, UTF-16 noch Windows-1252 gespeichert, den Kodierungen, die appcheck liest. Speichern Sie die Datei als UTF-8 (in Excel: „CSV UTF-8“) und wählen Sie sie erneut, oder fügen Sie die Liste ein.", "{file} n'est ni en UTF-8, ni en UTF-16, ni en Windows-1252, les encodages qu'appcheck lit. Enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 ») et choisissez-le à nouveau, ou collez la liste.", "{file} no está en UTF-8, UTF-16 ni Windows-1252, las codificaciones que appcheck lee. Guárdelo como UTF-8 (en Excel: «CSV UTF-8») y elíjalo de nuevo, o pegue la lista."],
    P_FILE_FAILED => ["{file} could not be read as text. Export the list as text or CSV, or paste it.", "{file} konnte nicht als Text gelesen werden. Exportieren Sie die Liste als Text oder CSV, oder fügen Sie sie ein.", "{file} n'a pas pu être lu comme texte. Exportez la liste en texte ou CSV, ou collez-la.", "{file} no se pudo leer como texto. Exporte la lista como texto o CSV, o péguela."],
    P_FILE_TOO_BIG => ["{file} is too large to be an app list ({size} MB). Choose the exported list itself, or paste it.", "{file} ist zu groß für eine App-Liste ({size} MB). Wählen Sie die exportierte Liste selbst, oder fügen Sie sie ein.", "{file} est trop volumineux pour une liste d'applications ({size} Mo). Choisissez la liste exportée elle-même, ou collez-la.", "{file} es demasiado grande para ser una lista de apps ({size} MB). Elija la lista exportada en sí, o péguela."],
    P_READING_ONE => ["Reading {n} line…", "{n} Zeile wird gelesen…", "Lecture de {n} ligne…", "Leyendo {n} línea…"],
    P_READING_OTHER => ["Reading {n} lines…", "{n} Zeilen werden gelesen…", "Lecture de {n} lignes…", "Leyendo {n} líneas…"],
    P_CHECKING => ["Checking your list…", "Ihre Liste wird geprüft…", "Vérification de votre liste…", "Comprobando su lista…"],
    P_PROGRESS => ["{done} of {total} devices answered…", "{done} von {total} Geräten beantwortet…", "{done} sur {total} appareils traités…", "{done} de {total} dispositivos respondidos…"],
    P_PROGRESS_LABEL => ["Progress of the check", "Fortschritt der Prüfung", "Avancement de la vérification", "Progreso de la comprobación"],
    P_CANCEL => ["Cancel", "Abbrechen", "Annuler", "Cancelar"],
    P_CANCELLED => ["The check was cancelled: nothing was answered. Press Check to start again.", "Die Prüfung wurde abgebrochen: Es gibt keine Antwort. Drücken Sie auf „Prüfen“, um neu zu beginnen.", "La vérification a été annulée : aucune réponse n'a été donnée. Appuyez sur « Vérifier » pour recommencer.", "La comprobación se canceló: no hay respuesta. Pulse «Comprobar» para empezar de nuevo."],
    P_NO_WORKER => ["This browser could not start the checker's background task, so nothing was checked and nothing can be said about your apps. Try again in a current browser, or ask your IT help desk.", "Dieser Browser konnte die Hintergrundaufgabe der Prüfung nicht starten: Es wurde nichts geprüft, und über Ihre Apps lässt sich nichts sagen. Versuchen Sie es in einem aktuellen Browser erneut, oder fragen Sie Ihren IT-Helpdesk.", "Ce navigateur n'a pas pu lancer la tâche de fond de la vérification : rien n'a été vérifié, et rien ne peut être dit de vos applications. Réessayez dans un navigateur à jour, ou demandez à votre support informatique.", "Este navegador no pudo iniciar la tarea en segundo plano de la comprobación: no se comprobó nada y no se puede decir nada de sus aplicaciones. Vuelva a intentarlo en un navegador actual o pregunte a su servicio de asistencia informática."],
    P_HELD_ONE => ["Export held in this page: {n} line ({size}), not shown.", "Export in dieser Seite gehalten: {n} Zeile ({size}), nicht angezeigt.", "Export conservé dans cette page : {n} ligne ({size}), non affiché.", "Exportación guardada en esta página: {n} línea ({size}), no se muestra."],
    P_HELD_OTHER => ["Export held in this page: {n} lines ({size}), not shown.", "Export in dieser Seite gehalten: {n} Zeilen ({size}), nicht angezeigt.", "Export conservé dans cette page : {n} lignes ({size}), non affiché.", "Exportación guardada en esta página: {n} líneas ({size}), no se muestra."],
    P_HELD_SIZE => ["{n} MB", "{n} MB", "{n} Mo", "{n} MB"],
    P_HELD_SHOW => ["Show it", "Anzeigen", "L'afficher", "Mostrarla"],
    P_HELD_CLEAR => ["Clear", "Leeren", "Effacer", "Borrar"],
    P_HELD_CLEARED => ["The export was cleared.", "Der Export wurde geleert.", "L'export a été effacé.", "La exportación se borró."],
    P_HELD_REPLACED => ["What you typed replaced the export held in this page: the list is what is in the box.", "Ihre Eingabe hat den in dieser Seite gehaltenen Export ersetzt: Die Liste ist, was im Feld steht.", "Ce que vous avez tapé a remplacé l'export conservé dans cette page : la liste est ce qui figure dans la zone.", "Lo que escribió sustituyó la exportación guardada en esta página: la lista es lo que hay en el cuadro."],
    P_TICK_NONE => ["I have none of these apps", "Ich habe keine dieser Apps", "Je n'ai aucune de ces applications", "No tengo ninguna de estas apps"],
    P_TICK => ["Or tick the apps you have ({n})", "Oder haken Sie Ihre Apps an ({n})", "Ou cochez les applications que vous avez ({n})", "O marque las apps que tiene ({n})"],
    P_NAMED => ["Apps this policy names", "Apps, die diese Richtlinie nennt", "Applications citées par cette politique", "Apps que cita esta política"],
    P_CHECK => ["Check", "Prüfen", "Vérifier", "Comprobar"],
    P_HOW_LIST => ["How do I get my app list?", "Wie komme ich an meine App-Liste?", "Comment obtenir ma liste d'applications ?", "¿Cómo obtengo mi lista de apps?"],
    P_HOW_IOS => ["iPhone and iPad: no list can be copied. Tick the apps you have in the list of this policy's apps instead, or look through your home screens and the App Library (swipe left past the last page).", "iPhone und iPad: Es lässt sich keine Liste kopieren. Haken Sie stattdessen Ihre Apps in der Liste der Apps dieser Richtlinie an, oder sehen Sie Ihre Home-Bildschirme und die App-Mediathek durch (nach der letzten Seite nach links wischen).", "iPhone et iPad : aucune liste ne peut être copiée. Cochez plutôt vos applications dans la liste des applications de cette politique, ou parcourez vos écrans d'accueil et la bibliothèque d'apps (balayez vers la gauche après la dernière page).", "iPhone y iPad: no se puede copiar ninguna lista. Marque sus apps en la lista de apps de esta política, o revise sus pantallas de inicio y la biblioteca de apps (deslice a la izquierda tras la última página)."],
    P_HOW_ANDROID => ["Android: Settings → Apps shows every app; type the names here, or tick them in the list of this policy's apps. A help desk with USB debugging can paste the output of `adb shell pm list packages`.", "Android: Einstellungen → Apps zeigt alle Apps; tippen Sie die Namen hier ein oder haken Sie sie in der Liste der Apps dieser Richtlinie an. Ein Helpdesk mit USB-Debugging kann die Ausgabe von `adb shell pm list packages` einfügen.", "Android : Paramètres → Applications affiche toutes les applications ; tapez leurs noms ici ou cochez-les dans la liste des applications de cette politique. Un support avec le débogage USB peut coller la sortie de `adb shell pm list packages`.", "Android: Ajustes → Aplicaciones muestra todas las apps; escriba aquí los nombres o márquelas en la lista de apps de esta política. Un servicio de asistencia con depuración USB puede pegar la salida de `adb shell pm list packages`."],
    P_HOW_WINDOWS => ["Windows: in PowerShell, run `winget list` or `Get-StartApps` and paste the output, or save it to a file and choose it here.", "Windows: Führen Sie in PowerShell `winget list` oder `Get-StartApps` aus und fügen Sie die Ausgabe ein, oder speichern Sie sie in einer Datei und wählen Sie diese hier aus.", "Windows : dans PowerShell, lancez `winget list` ou `Get-StartApps` et collez la sortie, ou enregistrez-la dans un fichier et choisissez-le ici.", "Windows: en PowerShell, ejecute `winget list` o `Get-StartApps` y pegue la salida, o guárdela en un archivo y elíjalo aquí."],
    P_HOW_MAC => ["macOS: in Terminal, run `ls /Applications` and paste the output, or open the Applications folder, select all (⌘A), copy (⌘C) and paste here.", "macOS: Führen Sie im Terminal `ls /Applications` aus und fügen Sie die Ausgabe ein, oder öffnen Sie den Ordner „Programme“, wählen Sie alles aus (⌘A), kopieren Sie (⌘C) und fügen Sie es hier ein.", "macOS : dans Terminal, lancez `ls /Applications` et collez la sortie, ou ouvrez le dossier Applications, sélectionnez tout (⌘A), copiez (⌘C) et collez ici.", "macOS: en Terminal, ejecute `ls /Applications` y pegue la salida, o abra la carpeta Aplicaciones, seleccione todo (⌘A), copie (⌘C) y pegue aquí."],
    P_YES_IT_IS => ["Yes, it is {name}", "Ja, das ist {name}", "Oui, c'est {name}", "Sí, es {name}"],
    P_NO_OTHER => ["No, it is another app", "Nein, eine andere App", "Non, c'est une autre application", "No, es otra app"],
    P_READ_AS => ["Read as {format}: {apps}.", "Gelesen als {format}: {apps}.", "Lu comme {format} : {apps}.", "Leído como {format}: {apps}."],
    P_NOT_NAMED => ["Not named by this policy ({n})", "Nicht in dieser Richtlinie genannt ({n})", "Non citées par cette politique ({n})", "No citadas en esta política ({n})"],
    P_AND_MORE => ["… and {n} more", "… und {n} weitere", "… et {n} de plus", "… y {n} más"],
    P_LINE => ["Line {line}: {message}", "Zeile {line}: {message}", "Ligne {line} : {message}", "Línea {line}: {message}"],
    P_MORE_SKIPPED_ONE => ["… and {n} more line skipped", "… und {n} weitere übersprungene Zeile", "… et {n} autre ligne ignorée", "… y {n} línea omitida más"],
    P_MORE_SKIPPED_OTHER => ["… and {n} more lines skipped", "… und {n} weitere übersprungene Zeilen", "… et {n} autres lignes ignorées", "… y {n} líneas omitidas más"],
    F_IF_NOT => ["If you don't", "Wenn Sie es nicht tun", "Sinon", "Si no lo hace"],
    F_WHY => ["Why", "Warum", "Pourquoi", "Por qué"],
    F_REMOVE => ["How to remove", "So entfernen Sie die App", "Comment la supprimer", "Cómo eliminarla"],
    F_REMOVE_ON => ["How to remove ({platform})", "So entfernen Sie die App ({platform})", "Comment la supprimer ({platform})", "Cómo eliminarla ({platform})"],
    F_OTHER_DEVICES => ["other devices", "andere Geräte", "autres appareils", "otros dispositivos"],
    F_STILL_ALLOWED => ["Still allowed", "Weiterhin erlaubt", "Toujours autorisé", "Sigue permitido"],
    F_EXCEPTIONS => ["Exceptions", "Ausnahmen", "Exceptions", "Excepciones"],
    F_NOTE => ["Note", "Hinweis", "Remarque", "Nota"],
    F_IN_BROWSER => ["In a web browser", "Im Webbrowser", "Dans un navigateur web", "En un navegador web"],
    K_TITLE => ["A summary to keep", "Eine Zusammenfassung zum Aufbewahren", "Un résumé à conserver", "Un resumen para guardar"],
    K_NOTE => ["It names only the apps to act on, none of the rest of your list: share it with the help desk if you like.", "Sie nennt nur die Apps, um die Sie sich kümmern müssen, keine andere Ihrer Liste: Sie können sie dem Helpdesk weitergeben.", "Il ne cite que les applications à traiter, aucune autre de votre liste : vous pouvez le transmettre au support.", "Solo nombra las apps que requieren acción, ninguna otra de su lista: puede compartirlo con el servicio de asistencia."],
    K_POLICY => ["Policy: {title} ({id}, version {version})", "Richtlinie: {title} ({id}, Version {version})", "Politique : {title} ({id}, version {version})", "Política: {title} ({id}, versión {version})"],
    K_CHECKED => ["Checked: {when}", "Geprüft: {when}", "Vérifié : {when}", "Comprobado: {when}"],
    K_RESULT => ["Result: {message}", "Ergebnis: {message}", "Résultat : {message}", "Resultado: {message}"],
    K_ACT_ON => ["Apps to act on: {n}", "Apps, um die Sie sich kümmern müssen: {n}", "Applications à traiter : {n}", "Apps que debe atender: {n}"],
    K_COPY => ["Copy summary", "Zusammenfassung kopieren", "Copier le résumé", "Copiar resumen"],
    K_PRINT => ["Print", "Drucken", "Imprimer", "Imprimir"],
    K_COPIED => ["Copied.", "Kopiert.", "Copié.", "Copiado."],
    K_NOT_COPIED => ["This browser did not allow copying; select the summary and copy it.", "Dieser Browser hat das Kopieren nicht erlaubt; markieren und kopieren Sie die Zusammenfassung.", "Ce navigateur n'a pas permis la copie ; sélectionnez le résumé et copiez-le.", "Este navegador no permitió copiar; seleccione el resumen y cópielo."],

    // --- why there is nothing to show (the help desk reads the details) -----------------
    X_INDEX_NOT_LOADED => ["The list of published policies could not be loaded.", "Die Liste der veröffentlichten Richtlinien konnte nicht geladen werden.", "La liste des politiques publiées n'a pas pu être chargée.", "No se pudo cargar la lista de políticas publicadas."],
    X_INDEX_NOT_READ => ["The list of published policies could not be read.", "Die Liste der veröffentlichten Richtlinien konnte nicht gelesen werden.", "La liste des politiques publiées n'a pas pu être lue.", "No se pudo leer la lista de políticas publicadas."],
    X_UNKNOWN => ["Unknown policy.", "Unbekannte Richtlinie.", "Politique inconnue.", "Política desconocida."],
    X_UNKNOWN_DETAIL => ["This link names the policy `{id}`, which is not published here. The published policies are listed below.", "Dieser Link nennt die Richtlinie `{id}`, die hier nicht veröffentlicht ist. Die veröffentlichten Richtlinien stehen unten.", "Ce lien désigne la politique `{id}`, qui n'est pas publiée ici. Les politiques publiées sont listées ci-dessous.", "Este enlace nombra la política `{id}`, que no está publicada aquí. Las políticas publicadas aparecen abajo."],
    X_TWO_POLICIES_DETAIL => ["This link names two policies, `{first}` and `{second}`, so this page cannot tell which one you were sent. Open the link from your help desk's message again, or choose a policy below.", "Dieser Link nennt zwei Richtlinien, `{first}` und `{second}`, daher kann diese Seite nicht erkennen, welche Ihnen geschickt wurde. Öffnen Sie den Link aus der Nachricht Ihres Helpdesks erneut, oder wählen Sie unten eine Richtlinie.", "Ce lien désigne deux politiques, `{first}` et `{second}`, donc cette page ne peut pas savoir laquelle vous a été envoyée. Rouvrez le lien du message de votre support informatique, ou choisissez une politique ci-dessous.", "Este enlace nombra dos políticas, `{first}` y `{second}`, así que esta página no puede saber cuál le enviaron. Vuelva a abrir el enlace del mensaje de su servicio de asistencia, o elija una política abajo."],
    X_NOT_LOADED => ["This policy could not be loaded.", "Diese Richtlinie konnte nicht geladen werden.", "Cette politique n'a pas pu être chargée.", "No se pudo cargar esta política."],
    X_NOT_READ => ["This policy could not be read.", "Diese Richtlinie konnte nicht gelesen werden.", "Cette politique n'a pas pu être lue.", "No se pudo leer esta política."],
    X_NOT_VERIFIED => ["This policy could not be verified.", "Diese Richtlinie konnte nicht überprüft werden.", "Cette politique n'a pas pu être vérifiée.", "No se pudo verificar esta política."],
    X_SIGNATURE_NOT_LOADED => ["This policy's signature could not be loaded.", "Die Signatur dieser Richtlinie konnte nicht geladen werden.", "La signature de cette politique n'a pas pu être chargée.", "No se pudo cargar la firma de esta política."],
    X_TRUST_NOT_LOADED => ["This site's trusted keys could not be loaded.", "Die vertrauenswürdigen Schlüssel dieser Website konnten nicht geladen werden.", "Les clés de confiance de ce site n'ont pas pu être chargées.", "No se pudieron cargar las claves de confianza de este sitio."],
    X_TRUST_NOT_READ => ["This site's trusted keys could not be read.", "Die vertrauenswürdigen Schlüssel dieser Website konnten nicht gelesen werden.", "Les clés de confiance de ce site n'ont pas pu être lues.", "No se pudieron leer las claves de confianza de este sitio."],
    X_MISMATCH => ["The policy file does not match the list.", "Die Richtliniendatei passt nicht zur Liste.", "Le fichier de politique ne correspond pas à la liste.", "El archivo de la política no coincide con la lista."],

    // --- two people to publish, one to withdraw ------------------------------------------
    X_NOT_APPROVED_TITLE => ["Not yet approved — ask the help desk", "Noch nicht freigegeben — fragen Sie den Helpdesk", "Pas encore approuvée — demandez au support informatique", "Aún no aprobada: consulte al servicio de asistencia"],
    X_NOT_APPROVED => ["This policy is not yet approved: it orders apps removed, and this site shows such an order only once enough people in IT have signed it.", "Diese Richtlinie ist noch nicht freigegeben: Sie ordnet das Entfernen von Apps an, und diese Website zeigt eine solche Anordnung erst, wenn genügend Personen der IT sie signiert haben.", "Cette politique n'est pas encore approuvée : elle ordonne de supprimer des applications, et ce site n'affiche un tel ordre qu'une fois signé par assez de personnes du service informatique.", "Esta política aún no está aprobada: ordena eliminar apps, y este sitio solo muestra una orden así cuando la han firmado suficientes personas de TI."],
    P_SIGNED_SEVERAL => ["Signed by your IT department (keys {keys}) and verified in this browser.", "Von Ihrer IT-Abteilung signiert (Schlüssel {keys}) und in diesem Browser geprüft.", "Signée par votre service informatique (clés {keys}) et vérifiée dans ce navigateur.", "Firmada por su departamento de TI (claves {keys}) y verificada en este navegador."],

    // --- formats: how the pasted text was read (`Format::label`) ----------------------------
    FMT_LINES => ["one app per line", "eine App pro Zeile", "une application par ligne", "una app por línea"],
    FMT_SEPARATED => ["names separated by commas or semicolons", "durch Kommas oder Semikolons getrennte Namen", "noms séparés par des virgules ou des points-virgules", "nombres separados por comas o punto y coma"],
    FMT_ANDROID_PACKAGES => ["Android package list (adb shell pm list packages)", "Android-Paketliste (adb shell pm list packages)", "liste de paquets Android (adb shell pm list packages)", "lista de paquetes de Android (adb shell pm list packages)"],
    FMT_IOS_APPS => ["iOS app list (ideviceinstaller)", "iOS-App-Liste (ideviceinstaller)", "liste d'applications iOS (ideviceinstaller)", "lista de apps de iOS (ideviceinstaller)"],
    FMT_MAC_APPLICATIONS => ["macOS Applications folder (ls /Applications)", "macOS-Ordner „Programme“ (ls /Applications)", "dossier Applications de macOS (ls /Applications)", "carpeta Aplicaciones de macOS (ls /Applications)"],
    FMT_MAC_SYSTEM_PROFILER => ["macOS system_profiler", "Ausgabe von macOS system_profiler", "sortie de macOS system_profiler", "salida de macOS system_profiler"],
    FMT_WINGET => ["Windows winget list", "Windows: Ausgabe von winget list", "Windows : sortie de winget list", "Windows: salida de winget list"],
    FMT_APPX => ["Windows Get-AppxPackage", "Windows: Ausgabe von Get-AppxPackage", "Windows : sortie de Get-AppxPackage", "Windows: salida de Get-AppxPackage"],
    FMT_START_APPS => ["Windows Get-StartApps", "Windows: Ausgabe von Get-StartApps", "Windows : sortie de Get-StartApps", "Windows: salida de Get-StartApps"],
    FMT_FLATPAK => ["Linux flatpak list", "Linux: Ausgabe von flatpak list", "Linux : sortie de flatpak list", "Linux: salida de flatpak list"],
    FMT_SNAP => ["Linux snap list", "Linux: Ausgabe von snap list", "Linux : sortie de snap list", "Linux: salida de snap list"],
    FMT_LINUX_PACKAGES => ["Linux package list (apt, dpkg or rpm)", "Linux: Paketliste (apt, dpkg oder rpm)", "Linux : liste de paquets (apt, dpkg ou rpm)", "Linux: lista de paquetes (apt, dpkg o rpm)"],
    FMT_HOMEBREW => ["Homebrew list (brew list)", "Homebrew-Liste (brew list)", "liste Homebrew (brew list)", "lista de Homebrew (brew list)"],
    FMT_PACKAGE_VERSIONS => ["package list with versions (choco, brew, pacman)", "Paketliste mit Versionen (choco, brew, pacman)", "liste de paquets avec leurs versions (choco, brew, pacman)", "lista de paquetes con versiones (choco, brew, pacman)"],
    FMT_LIST_VIEW => ["list of records (Name : value, name = value)", "Liste von Datensätzen (Name : Wert, name = Wert)", "liste d'enregistrements (Nom : valeur, nom = valeur)", "lista de registros (Nombre : valor, nombre = valor)"],
    FMT_CSV => ["CSV export with a header row", "CSV-Export mit Kopfzeile", "export CSV avec une ligne d'en-tête", "exportación CSV con fila de encabezado"],
    FMT_STORE_LINKS => ["App Store / Google Play links", "Links zu App Store / Google Play", "liens App Store / Google Play", "enlaces de App Store / Google Play"],
    FMT_JSON => ["JSON", "JSON", "JSON", "JSON"],
    FMT_TOML => ["TOML", "TOML", "TOML", "TOML"],
    FMT_YAML => ["YAML", "YAML", "YAML", "YAML"],
    FMT_XML => ["XML export", "XML-Export", "export XML", "exportación XML"],
    FMT_PROPERTY_LIST => ["property list", "Eigenschaftsliste", "liste de propriétés", "lista de propiedades"],
    FMT_REGISTRY => ["Windows registry", "Windows-Registrierung", "registre Windows", "registro de Windows"],
    FMT_HTML => ["HTML page or table", "HTML-Seite oder -Tabelle", "page ou tableau HTML", "página o tabla HTML"],
    FMT_LONG_LISTING => ["folder listing (ls -l)", "Ordnerliste (ls -l)", "liste d'un dossier (ls -l)", "listado de carpeta (ls -l)"],
    FMT_TABLE => ["table with a header row", "Tabelle mit Kopfzeile", "tableau avec une ligne d'en-tête", "tabla con fila de encabezado"],
    FMT_ANDROID_DUMPSYS => ["Android package details (adb shell dumpsys package)", "Android-Paketdetails (adb shell dumpsys package)", "détails des paquets Android (adb shell dumpsys package)", "detalles de paquetes de Android (adb shell dumpsys package)"],
    FMT_MAS_LIST => ["Mac App Store list (mas list)", "Mac-App-Store-Liste (mas list)", "liste du Mac App Store (mas list)", "lista de Mac App Store (mas list)"],

    // --- notes: what the list readers skipped (`list::Skipped`) ------------------------------
    NOTE_TOO_LONG => ["skipped: the line is longer than {max} characters, too long for an app name", "übersprungen: Die Zeile ist länger als {max} Zeichen, zu lang für einen App-Namen", "ignorée : la ligne dépasse {max} caractères, trop pour un nom d'application", "omitida: la línea tiene más de {max} caracteres, demasiados para el nombre de una app"],
    NOTE_CONTROL => ["skipped: the line contains control characters, not an app name", "übersprungen: Die Zeile enthält Steuerzeichen und ist kein App-Name", "ignorée : la ligne contient des caractères de contrôle, ce n'est pas un nom d'application", "omitida: la línea contiene caracteres de control, no es el nombre de una app"],
    NOTE_NO_NAME => ["skipped: this row has no app name or identifier", "übersprungen: Diese Zeile hat weder einen App-Namen noch eine Kennung", "ignorée : cette ligne n'a ni nom d'application ni identifiant", "omitida: esta fila no tiene nombre de app ni identificador"],
    NOTE_UNREAD => ["not read: `{text}` is not in the shape of the rest of the list, so appcheck cannot tell which app it names; type the app's name on a line of its own, or check this line yourself", "nicht gelesen: „{text}“ hat nicht die Form der übrigen Liste, daher kann appcheck nicht erkennen, welche App gemeint ist; tippen Sie den Namen der App in eine eigene Zeile, oder prüfen Sie diese Zeile selbst", "non lue : « {text} » n'a pas la forme du reste de la liste, donc appcheck ne peut pas savoir quelle application elle désigne ; tapez le nom de l'application sur une ligne à part, ou vérifiez cette ligne vous-même", "no leída: «{text}» no tiene la forma del resto de la lista, así que appcheck no puede saber qué app nombra; escriba el nombre de la app en una línea aparte, o revise usted esta línea"],
    NOTE_TOOL_MESSAGE => ["not read: `{text}` is a message from the tool (an error, or that it found nothing), not a list of apps; run the command again, or type the apps' names", "nicht gelesen: „{text}“ ist eine Meldung des Programms (ein Fehler, oder dass es nichts gefunden hat), keine Liste von Apps; führen Sie den Befehl erneut aus, oder tippen Sie die Namen der Apps ein", "non lue : « {text} » est un message de l'outil (une erreur, ou qu'il n'a rien trouvé), pas une liste d'applications ; relancez la commande, ou tapez les noms des applications", "no leída: «{text}» es un mensaje de la herramienta (un error, o que no encontró nada), no una lista de apps; vuelva a ejecutar el comando, o escriba los nombres de las apps"],
    NOTE_SENTENCE => ["not read: `{text}` is a sentence or a reply, not a list of apps, so appcheck cannot tell which apps it means; paste the list of the apps on the device, one per line", "nicht gelesen: „{text}“ ist ein Satz oder eine Antwort, keine Liste von Apps, daher kann appcheck nicht erkennen, welche Apps gemeint sind; fügen Sie die Liste der Apps auf dem Gerät ein, eine pro Zeile", "non lue : « {text} » est une phrase ou une réponse, pas une liste d'applications : appcheck ne peut pas savoir de quelles applications il s'agit ; collez la liste des applications de l'appareil, une par ligne", "no leída: «{text}» es una frase o una respuesta, no una lista de apps, así que appcheck no puede saber a qué apps se refiere; pegue la lista de las apps del dispositivo, una por línea"],
    NOTE_ELSEWHERE => ["not read: `{text}` stands for a picture, an attachment or more of the list that is not here, so appcheck cannot check it; paste the text of the whole list", "nicht gelesen: „{text}“ steht für ein Bild, einen Anhang oder einen Teil der Liste, der hier fehlt, daher kann appcheck ihn nicht prüfen; fügen Sie den Text der ganzen Liste ein", "non lue : « {text} » tient lieu d'une image, d'une pièce jointe ou d'une partie de la liste absente ici, donc appcheck ne peut pas la vérifier ; collez le texte de toute la liste", "no leída: «{text}» representa una imagen, un adjunto o una parte de la lista que no está aquí, así que appcheck no puede comprobarla; pegue el texto de toda la lista"],
    NOTE_DEVICE_ROW => ["not read: this row describes a device (its name, serial number, model or user), not the apps on it; export the list of its apps instead", "nicht gelesen: Diese Zeile beschreibt ein Gerät (Name, Seriennummer, Modell oder Benutzer), nicht die Apps darauf; exportieren Sie stattdessen die Liste seiner Apps", "non lue : cette ligne décrit un appareil (nom, numéro de série, modèle ou utilisateur), pas ses applications ; exportez plutôt la liste de ses applications", "no leída: esta fila describe un dispositivo (nombre, número de serie, modelo o usuario), no las apps que tiene; exporte en su lugar la lista de sus apps"],
    NOTE_CUT => ["the list is longer than appcheck reads at once ({max} apps or {mb} MB): from this line on, nothing was checked; split the list and check each part", "die Liste ist länger, als appcheck auf einmal liest ({max} Apps oder {mb} MB): Ab dieser Zeile wurde nichts geprüft; teilen Sie die Liste und prüfen Sie jeden Teil", "la liste est plus longue que ce qu'appcheck lit en une fois ({max} applications ou {mb} Mo) : à partir de cette ligne, rien n'a été vérifié ; découpez la liste et vérifiez chaque partie", "la lista es más larga de lo que appcheck lee de una vez ({max} apps o {mb} MB): desde esta línea no se comprobó nada; divida la lista y compruebe cada parte"],

    // --- the standard removal steps, for a rule that orders removal and gives none ------------
    STEPS_IOS => ["Touch and hold the app's icon on the Home Screen, tap Remove App, then Delete App.", "Halten Sie das Symbol der App auf dem Home-Bildschirm gedrückt, tippen Sie auf „App entfernen“ und dann auf „App löschen“.", "Maintenez le doigt sur l'icône de l'app sur l'écran d'accueil, touchez « Supprimer l'app », puis « Supprimer l'app » à nouveau.", "Mantenga pulsado el icono de la app en la pantalla de inicio, toque «Eliminar app» y después «Eliminar app» otra vez."],
    STEPS_ANDROID => ["Open Settings > Apps, choose the app, and tap Uninstall.", "Öffnen Sie Einstellungen > Apps, wählen Sie die App aus und tippen Sie auf „Deinstallieren“.", "Ouvrez Paramètres > Applications, choisissez l'application et touchez « Désinstaller ».", "Abra Ajustes > Aplicaciones, elija la app y toque «Desinstalar»."],
    STEPS_ANY => ["Uninstall the app the way you remove any app on this device, or ask the help desk to help.", "Deinstallieren Sie die App so, wie Sie auf diesem Gerät jede App entfernen, oder bitten Sie den Helpdesk um Hilfe.", "Désinstallez l'application comme vous supprimez n'importe quelle application sur cet appareil, ou demandez de l'aide au support informatique.", "Desinstale la app como elimina cualquier app en este dispositivo, o pida ayuda al servicio de asistencia."],

    // --- the page's document (when the widget is the page) -----------------------------------
    DOC_TITLE => ["App check — does the app policy apply to my device?", "App-Check — gilt die App-Richtlinie für mein Gerät?", "Vérification des applications — la politique s'applique-t-elle à mon appareil ?", "Comprobación de apps: ¿se aplica la política de apps a mi dispositivo?"],

    // --- the text report the CLI prints (`report::to_text`) -----------------------------------
    T_POLICY => ["{title} (policy {id} v{version})", "{title} (Richtlinie {id} v{version})", "{title} (politique {id} v{version})", "{title} (política {id} v{version})"],
    T_FINDING => ["line {line}: {input} — {outcome}", "Zeile {line}: {input} — {outcome}", "ligne {line} : {input} — {outcome}", "línea {line}: {input} — {outcome}"],
    T_RULE => ["{outcome} (rule `{rule}`)", "{outcome} (Regel `{rule}`)", "{outcome} (règle `{rule}`)", "{outcome} (regla `{rule}`)"],

    // --- what a single file and a plain-http page can prove (issue 18) -----------------
    P_SIGNED_INSIDE => ["Signed with the key {key} contained in this file, and verified in this browser. A file carries its own key, so this proves only that the policy matches that key: compare the key's fingerprint {fingerprint} with the one your IT department publishes on the intranet.", "Mit dem in dieser Datei enthaltenen Schlüssel {key} signiert und in diesem Browser geprüft. Eine Datei bringt ihren Schlüssel selbst mit, daher belegt das nur, dass die Richtlinie zu diesem Schlüssel passt: Vergleichen Sie seinen Fingerabdruck {fingerprint} mit dem, den Ihre IT-Abteilung im Intranet veröffentlicht.", "Signée avec la clé {key} contenue dans ce fichier, et vérifiée dans ce navigateur. Un fichier apporte sa propre clé : cela prouve seulement que la politique correspond à cette clé. Comparez l'empreinte de la clé {fingerprint} avec celle que votre service informatique publie sur l'intranet.", "Firmada con la clave {key} contenida en este archivo y verificada en este navegador. Un archivo trae su propia clave, así que esto solo demuestra que la política corresponde a esa clave: compare la huella de la clave {fingerprint} con la que su departamento de TI publica en la intranet."],
    X_NOT_HTTPS => ["This page must be served over HTTPS: over plain HTTP the browser cannot check the policy's signature.", "Diese Seite muss über HTTPS ausgeliefert werden: Über einfaches HTTP kann der Browser die Signatur der Richtlinie nicht prüfen.", "Cette page doit être servie en HTTPS : en HTTP simple, le navigateur ne peut pas vérifier la signature de la politique.", "Esta página debe servirse por HTTPS: por HTTP simple el navegador no puede comprobar la firma de la política."],
}

impl Msg {
    /// The message in `lang`: compiled in, or from the language's file once it is
    /// loaded ([`load`]); in English while it is not.
    pub fn get(self, lang: Lang) -> &'static str {
        self.compiled(lang)
            .or_else(|| {
                loaded(lang)
                    .and_then(|catalogue| catalogue.messages.get(self as usize))
                    .map(|m| &**m)
            })
            .or_else(|| self.compiled(Lang::En))
            .unwrap_or("")
    }
}

/// The languages other than English that this build has no words for until their
/// files are loaded: none with the `languages` feature (the CLI, the native library),
/// German, French and Spanish without it (the site's Wasm module, which carries English
/// only and fetches the reader's language as data).
pub fn available(lang: Lang) -> bool {
    Msg::A_YES.compiled(lang).is_some() || loaded(lang).is_some()
}

/// A language's messages, read from its file ([`data_file`]).
#[derive(Debug)]
pub struct Catalogue {
    messages: Vec<Box<str>>,
}

/// A language file as it is written (and read, by [`Catalogue::read`], through the
/// one JSON reader every file takes).
#[cfg(feature = "languages")]
#[derive(Serialize)]
struct DataFile<'a> {
    /// What the file is: always `appcheck-interface-language`.
    format: &'a str,
    /// The language's tag.
    language: Lang,
    /// The fingerprint of the catalogue that wrote it (16 hex digits).
    catalogue: &'a str,
    /// Every message, in the catalogue's order.
    messages: Vec<&'a str>,
}

const FORMAT: &str = "appcheck-interface-language";

/// The fingerprint of this build's catalogue, as language files carry it.
pub fn catalogue_id() -> String {
    format!("{FINGERPRINT:016x}")
}

/// Why a language file was not loaded: the interface then speaks English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Not a language file at all (not JSON, or not its shape).
    NotRead(String),
    /// A file of another language than the one asked for.
    OtherLanguage { wanted: Lang, found: Lang },
    /// Written by another build of appcheck, whose messages may differ.
    OtherBuild { found: String },
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NotRead(why) => write!(
                f,
                "it is not an appcheck language file ({why}); publish the files `appcheck build` writes, unchanged"
            ),
            Refused::OtherLanguage { wanted, found } => write!(
                f,
                "it holds the words of `{}`, not of `{}`; publish the files `appcheck build` writes, under their own names",
                found.tag(),
                wanted.tag()
            ),
            Refused::OtherBuild { found } => write!(
                f,
                "it was written by another build of appcheck (catalogue {found}, this module's is {}), \
                 whose messages may differ: publish every file of one `appcheck build` together \
                 (an old copy may be in a cache)",
                catalogue_id()
            ),
        }
    }
}

impl std::error::Error for Refused {}

/// Why a language file is not JSON: serde_json's words with `diagnostics` (the CLI, the
/// native library); without (the site's Wasm module), only where reading stopped, since
/// serde_json's reader and its error texts would cost the module kilobytes.
fn not_json(text: &str, stopped: crate::json::Error) -> String {
    #[cfg(feature = "diagnostics")]
    if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
        return e.to_string();
    }
    let (line, column) = stopped.line_column(text);
    format!("not JSON: line {line}, column {column}")
}

impl Catalogue {
    /// Reads `lang`'s file, refusing one of another language or another build.
    pub fn read(lang: Lang, text: &str) -> Result<Catalogue, Refused> {
        let file = crate::diagnostic::lenient_json(text).map_err(|e| Refused::NotRead(not_json(text, e)))?;
        let field = |name: &str| {
            file.get(name)
                .ok_or_else(|| Refused::NotRead(format!("missing field `{name}`")))
        };
        let text_field = |name: &str| {
            field(name)?
                .as_str()
                .ok_or_else(|| Refused::NotRead(format!("its `{name}` is not a text")))
        };
        // Read as a whole first, as a derived reader would: any field not in its shape is
        // "not a language file", whatever else is wrong.
        let format = text_field("format")?;
        let language = text_field("language")?;
        let found = Lang::ALL
            .into_iter()
            .find(|l| l.tag() == language)
            .ok_or_else(|| Refused::NotRead(format!("its language `{language}` is not one of en, de, fr, es")))?;
        let catalogue = text_field("catalogue")?;
        let messages = field("messages")?
            .as_array()
            .and_then(|all| {
                all.iter()
                    .map(|m| m.as_str().map(Box::from))
                    .collect::<Option<Vec<_>>>()
            })
            .ok_or_else(|| Refused::NotRead("its `messages` is not a list of texts".to_owned()))?;
        if format != FORMAT {
            return Err(Refused::NotRead(format!("its format is `{format}`")));
        }
        if found != lang {
            return Err(Refused::OtherLanguage { wanted: lang, found });
        }
        if catalogue != catalogue_id() || messages.len() != Msg::ALL.len() {
            return Err(Refused::OtherBuild {
                found: catalogue.to_owned(),
            });
        }
        Ok(Catalogue { messages })
    }

    /// The message as the file gives it.
    pub fn get(&self, msg: Msg) -> &str {
        self.messages.get(msg as usize).map_or("", |m| m)
    }
}

/// The languages loaded from their files, German, French and Spanish: each set once.
static LOADED: [std::sync::OnceLock<Catalogue>; 3] = [
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
];

fn slot(lang: Lang) -> Option<&'static std::sync::OnceLock<Catalogue>> {
    match lang {
        Lang::En => None,
        Lang::De => LOADED.first(),
        Lang::Fr => LOADED.get(1),
        Lang::Es => LOADED.get(2),
    }
}

fn loaded(lang: Lang) -> Option<&'static Catalogue> {
    slot(lang).and_then(std::sync::OnceLock::get)
}

/// Loads `lang`'s messages from its file ([`data_file`]'s text), for a build without
/// them compiled in; from then on [`Msg::get`] gives them. A language compiled in or
/// loaded already stays as it is. A file of another language, or written by another
/// build of appcheck (its catalogue's fingerprint differs), is refused: the interface
/// then speaks English, never a message in another's place.
pub fn load(lang: Lang, text: &str) -> Result<(), Refused> {
    if available(lang) {
        return Ok(());
    }
    let catalogue = Catalogue::read(lang, text)?;
    if let Some(slot) = slot(lang) {
        let _ = slot.set(catalogue);
    }
    Ok(())
}

/// `lang`'s language file, from the messages compiled in: what `appcheck build`
/// publishes for the Wasm module to load (`i18n/<tag>.json`). `None` for English,
/// which every build carries.
#[cfg(feature = "languages")]
pub fn data_file(lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let catalogue = catalogue_id();
    let file = DataFile {
        format: FORMAT,
        language: lang,
        catalogue: &catalogue,
        messages: Msg::ALL.iter().map(|m| m.compiled(lang).unwrap_or_default()).collect(),
    };
    serde_json::to_string(&file).ok()
}

/// Short weekday names, Monday first.
fn weekdays(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        Lang::De => ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        Lang::Fr => ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        Lang::Es => ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    }
}

/// Short month names, January first.
fn months(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        Lang::De => [
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
        ],
        Lang::Fr => [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
        ],
        Lang::Es => [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
        ],
    }
}

/// A date and time as people write it in `lang`, with the UTC offset it was given in:
/// "Fri 10 Jul 2020, 23:59 (UTC-04:00)", "Fr. 10. Juli 2020, 23:59 (UTC-04:00)".
pub fn format_datetime(
    lang: Lang,
    (year, month0, day, weekday0): (i32, u32, u32, u32),
    (hour, minute): (u32, u32),
    offset_seconds: i32,
) -> String {
    let weekday = weekdays(lang).get(weekday0 as usize).copied().unwrap_or("");
    let month = months(lang).get(month0 as usize).copied().unwrap_or("");
    let sign = if offset_seconds < 0 { '-' } else { '+' };
    let (oh, om) = (offset_seconds.abs() / 3600, offset_seconds.abs() % 3600 / 60);
    let zone = format!("UTC{sign}{oh:02}:{om:02}");
    match lang {
        Lang::En => format!("{weekday} {day} {month} {year}, {hour:02}:{minute:02} ({zone})"),
        Lang::De => format!("{weekday} {day}. {month} {year}, {hour:02}:{minute:02} ({zone})"),
        Lang::Fr => format!("{weekday} {day} {month} {year}, {hour:02}:{minute:02} ({zone})"),
        Lang::Es => format!("{weekday} {day} {month} {year}, {hour:02}:{minute:02} ({zone})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(template: &str) -> Vec<&str> {
        let mut slots: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect();
        slots.sort_unstable();
        slots
    }

    /// The device's description (`Ihr Gerät (Telefon, Firmengerät)`) is in the accusative:
    /// a German message puts it only where that case is right (`für {context}`), never
    /// after a preposition that takes the dative (`von Ihr Gerät`).
    #[test]
    fn german_messages_put_the_device_where_its_case_is_right() {
        for msg in Msg::ALL {
            let text = msg.get(Lang::De);
            for dative in [
                "von {context}",
                "auf {context}",
                "mit {context}",
                "aus {context}",
                "bei {context}",
            ] {
                assert!(!text.contains(dative), "{msg:?}: `{dative}` in {text:?}");
            }
        }
    }

    #[test]
    fn every_message_is_translated_with_the_same_slots() {
        for msg in Msg::ALL {
            let english = msg.get(Lang::En);
            for lang in Lang::ALL {
                let text = msg.get(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(
                    slots(text),
                    slots(english),
                    "{msg:?} in {lang:?} has other slots than English"
                );
            }
        }
    }

    #[test]
    fn non_english_messages_are_not_english_copies() {
        // Proper nouns and short words may coincide; whole sentences must not.
        let mut copies = Vec::new();
        for msg in Msg::ALL {
            let english = msg.get(Lang::En);
            for lang in [Lang::De, Lang::Fr, Lang::Es] {
                if english.len() > 12 && msg.get(lang) == english {
                    copies.push(format!("{msg:?} {lang:?}"));
                }
            }
        }
        assert_eq!(copies, Vec::<String>::new());
    }

    #[test]
    #[cfg(feature = "languages")]
    fn a_language_file_gives_back_every_message_of_its_language() {
        assert_eq!(data_file(Lang::En), None, "English is in every build");
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let file = data_file(lang).unwrap();
            let catalogue = Catalogue::read(lang, &file).unwrap();
            for msg in Msg::ALL {
                assert_eq!(catalogue.get(*msg), msg.get(lang), "{msg:?} in {lang:?}");
            }
        }
    }

    #[test]
    #[cfg(feature = "languages")]
    fn a_language_file_of_another_language_or_build_is_refused() {
        let german = data_file(Lang::De).unwrap();
        assert_eq!(
            Catalogue::read(Lang::Fr, &german).unwrap_err(),
            Refused::OtherLanguage {
                wanted: Lang::Fr,
                found: Lang::De
            }
        );
        // Another build's file: another fingerprint, or (an edited file) another count.
        let old = german.replace(&catalogue_id(), "0123456789abcdef");
        let refused = Catalogue::read(Lang::De, &old).unwrap_err();
        assert_eq!(
            refused,
            Refused::OtherBuild {
                found: "0123456789abcdef".into()
            }
        );
        let message = refused.to_string();
        assert!(
            message.contains("another build")
                && message.contains("publish every file of one `appcheck build` together"),
            "{message}"
        );
        let mut file: serde_json::Value = serde_json::from_str(&german).unwrap();
        file["messages"].as_array_mut().unwrap().pop();
        assert!(matches!(
            Catalogue::read(Lang::De, &file.to_string()),
            Err(Refused::OtherBuild { .. })
        ));
        for text in [
            "",
            "<html>",
            "{}",
            r#"{"format":"x","language":"de","catalogue":"","messages":[]}"#,
        ] {
            assert!(
                matches!(Catalogue::read(Lang::De, text), Err(Refused::NotRead(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn the_fingerprint_follows_every_text() {
        let base = fingerprint(&["A", "B"], &[&["x", "y"], &["u", "v"]]);
        assert_ne!(
            base,
            fingerprint(&["A", "B"], &[&["x", "y"], &["u", "w"]]),
            "a translation"
        );
        assert_ne!(
            base,
            fingerprint(&["A", "B"], &[&["xy", ""], &["u", "v"]]),
            "a boundary"
        );
        assert_ne!(base, fingerprint(&["A", "C"], &[&["x", "y"], &["u", "v"]]), "a key");
        assert_eq!(catalogue_id().len(), 16);
    }

    #[test]
    fn fills_slots_and_leaves_the_rest() {
        assert_eq!(
            fill("Remove {apps} by {date}.", &[("apps", "1 app"), ("date", "Fri")]),
            "Remove 1 app by Fri."
        );
        assert_eq!(fill("{a} {missing} {", &[("a", "x")]), "x {missing} {");
        assert_eq!(fill("no slots", &[]), "no slots");
        assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
    }

    #[test]
    fn plural_rules_follow_cldr() {
        // French says "one" of 0 as of 1; English, German and Spanish of 1 only.
        assert_eq!(plural(Lang::Fr, 0), Plural::One);
        assert_eq!(plural(Lang::Fr, 1), Plural::One);
        assert_eq!(plural(Lang::Fr, 2), Plural::Other);
        for lang in [Lang::En, Lang::De, Lang::Es] {
            assert_eq!(plural(lang, 0), Plural::Other, "{lang:?}");
            assert_eq!(plural(lang, 1), Plural::One, "{lang:?}");
            assert_eq!(plural(lang, 2), Plural::Other, "{lang:?}");
            assert_eq!(plural(lang, 11), Plural::Other, "{lang:?}");
        }
        assert_eq!(count(Lang::Fr, 0, Msg::N_APPS_ONE, Msg::N_APPS_OTHER), "0 application");
        assert_eq!(count(Lang::En, 0, Msg::N_APPS_ONE, Msg::N_APPS_OTHER), "0 apps");
        assert_eq!(count(Lang::En, 1, Msg::N_APPS_ONE, Msg::N_APPS_OTHER), "1 app");
        assert_eq!(count(Lang::De, 3, Msg::N_APPS_ONE, Msg::N_APPS_OTHER), "3 Apps");
    }

    #[test]
    fn count_messages_come_in_pairs_and_show_their_number() {
        // Every `_ONE` has its `_OTHER`, and a count's number is in both forms unless
        // the sentence names no number at all.
        let names: Vec<String> = Msg::ALL.iter().map(|m| format!("{m:?}")).collect();
        for name in names.iter().filter(|n| n.ends_with("_ONE")) {
            let other = name.replace("_ONE", "_OTHER");
            assert!(names.contains(&other), "{name} has no {other}");
        }
        assert!(
            !names.iter().any(|n| n.ends_with("_1") || n.ends_with("_N")),
            "count messages are _ONE/_OTHER"
        );
    }

    #[test]
    fn picks_a_language_from_a_tag() {
        assert_eq!(Lang::pick(Some("de-AT")), Lang::De);
        assert_eq!(Lang::pick(Some("FR")), Lang::Fr);
        assert_eq!(Lang::pick(Some("es_419")), Lang::Es);
        assert_eq!(Lang::pick(Some("pt-BR")), Lang::En);
        assert_eq!(Lang::pick(Some("")), Lang::En);
        assert_eq!(Lang::pick(None), Lang::En);
    }

    #[test]
    fn dates_in_each_language() {
        let parts = ((2020, 6, 10, 4), (23, 59), -4 * 3600);
        assert_eq!(
            format_datetime(Lang::En, parts.0, parts.1, parts.2),
            "Fri 10 Jul 2020, 23:59 (UTC-04:00)"
        );
        assert_eq!(
            format_datetime(Lang::De, parts.0, parts.1, parts.2),
            "Fr. 10. Juli 2020, 23:59 (UTC-04:00)"
        );
        assert_eq!(
            format_datetime(Lang::Fr, parts.0, parts.1, parts.2),
            "ven. 10 juil. 2020, 23:59 (UTC-04:00)"
        );
        assert_eq!(
            format_datetime(Lang::Es, parts.0, parts.1, parts.2),
            "vie 10 jul 2020, 23:59 (UTC-04:00)"
        );
    }
}
