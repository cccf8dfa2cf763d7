//! Names of apps that many phones and computers have, in the markets of the interface's
//! languages and beyond: not a policy's, and never used to recognise an app. They tell
//! one thing only, where a policy cannot: whether a list's last name was cut inside a
//! word (`Google Pho`, `Candy Cru`, `Minec`), the copy, the screenshot's text or the
//! message stopping there ([`cut_short`]). A name a person types short on purpose
//! (`Insta`, `Snap`, `Word`) is a name of its own here, so no cut.

/// The names, `|` between them, as their stores and home screens write them; and the
/// short forms people type for them.
const NAMES: &str = "\
1Password|Adobe Acrobat|Adobe Scan|Adobe Lightroom|Adobe Express|Photoshop Express|Acrobat Reader|AliExpress|Allegro|Amazon|Amazon Prime Video|Amazon Music|Amazon Shopping|Among Us|Angry Birds|Apple Music|Apple TV|App Store|Audible|Authy|Authenticator|Airbnb|Asana|Avast|AVG|ABN AMRO|Ameli|\
BBC iPlayer|BBC Sounds|BBC News|BBC Weather|BeReal|Bitwarden|Bolt|Bolt Food|Booking.com|bol.com|Bol|Booksy|Box|Brave|Brawl Stars|Bumble|Buienradar|BlaBlaCar|Binance|Bixby|Badoo|Bizum|BancoPosta|Biedronka|BBVA|Boursorama|BVG Fahrinfo|\
Calc|Calculator|Calendar|Camera|CamScanner|Canva|CapCut|Candy Crush Saga|Candy Crush Soda Saga|Chase|ChatGPT|Chrome|Citymapper|Clash of Clans|Clash Royale|Clock|Coinbase|Coin Master|Contacts|Copilot|Coursera|Crunchyroll|Cabify|Carrefour|Cdiscount|Comdirect|Commerzbank|Crédit Agricole|Crédit Mutuel|Caixa|CaixaBank|Coolblue|Chess.com|Clue|Calm|Company Portal|Citrix Workspace|Continente|\
Dailymotion|Dazn|DB Navigator|Deezer|Deliveroo|Decathlon|DeepL|Discord|Disney+|DigiD|Doctolib|Docs|Drive|Dropbox|Duolingo|DuckDuckGo|Duo|Dashlane|Dott|Douyin|Deutsche Bank|Depop|\
eBay|Edge|Evernote|Excel|Expedia|ESPN|Etsy|Empik|Empik Go|Eurosport|easyJet|\
Face|Facebook|Facebook Messenger|FaceTime|Files|Find My|Firefox|Fitbit|Flightradar24|Flipboard|Fortnite|Freebox|FreeNow|Fnac|Free|FlixBus|\
Garmin Connect|Gboard|Gemini|GitHub|Glovo|Gmail|Google|Google Authenticator|Google Calendar|Google Chrome|Google Docs|Google Drive|Google Fit|Google Home|Google Keep|Google Lens|Google Maps|Google Meet|Google News|Google One|Google Pay|Google Photos|Google Play|Google Play Store|Google Podcasts|Google Sheets|Google Slides|Google Translate|Google Wallet|Google Chat|Google TV|Chat|Grindr|Groupon|Gumtree|GroupMe|\
Headspace|Hinge|HBO Max|Home|Houseparty|Hulu|HEMA|\
ICA|IKEA|iMovie|Immobiliare.it|Imgur|Indeed|InPost|InPost Mobile|Insta|Instagram|Instacart|IntelliJ|ING|ING Banking|iPlayer|Itaú|Intune Company Portal|Idealista|Italo Treno|iFood|Intesa Sanpaolo|\
Just Eat|Jumbo|Joom|Jakdojade|\
Kahoot!|Keep|Keep Notes|Keynote|Kindle|Klarna|Komoot|Kleinanzeigen|Kutxabank|KakaoTalk|\
Lidl Plus|Life360|Lime|Line|LinkedIn|Lyft|Le Monde|Leboncoin|Legimi|Libby|Lieferando|Lloyds|Lloyds Bank|Lydia|\
Mail|Maps|McDonald's|Mega|Meet|Mercado Livre|Mercado Pago|Mercadona|Messages|Messenger|Microsoft Authenticator|Microsoft Edge|Microsoft Excel|Microsoft Launcher|Microsoft Lens|Microsoft OneDrive|Microsoft OneNote|Microsoft Outlook|Microsoft PowerPoint|Microsoft Teams|Microsoft To Do|Microsoft Word|Microsoft 365|Microsoft Copilot|Minecraft|Miro|Monopoly GO!|Monzo|Moovit|Mural|MyFitnessPal|My Vodafone|Mi Movistar|Movistar Plus+|Mijn Simyo|mBank|Meetup|Mastodon|Marktplaats|mObywatel|MB Way|\
Netflix|News|Next|Nextdoor|Notes|Notion|NordVPN|N26|Nubank|Nike Run Club|Novo Banco|NS|NU.nl|NHS App|\
Okta Verify|OLX|OneDrive|OneNote|Opera|Orange|Outlook|Otto|Openbank|Office|\
Pages|PayPal|Payoneer|Peloton|Phone|Photos|Pinterest|Pixel|Plex|Pocket|Podcasts|Pokémon GO|PowerPoint|Prime Video|Proton Mail|ProtonVPN|PUBG Mobile|Picnic|PostNL|Poste Italiane|Post|Postbank|Play Store|Player|Payback|\
Quizlet|Qonto|\
Reddit|Remind|Reminders|Revolut|Roblox|Royal Match|Ruzzle|RaiPlay|Rakuten|Ryanair|Rappi|Renfe|Rabobank|\
Safari|Samsung Health|Samsung Notes|Santander|Satispay|Settings|Shazam|SHEIN|Shopee|Signal|Skype|Slack|Snap|Snapchat|SoundCloud|Speedtest|Spotify|Steam|Strava|Subway Surfers|Swiggy|Swile|Skyscanner|Sky|Sky Go|SNCF Connect|Sparkasse|SAP Concur|Salesforce|Subito|\
Tagesschau|Tele|Teams|Telegram|Temu|Tesco|Threads|TickTick|TikTok|Tinder|Todoist|Translate|Trainline|Trello|Tripadvisor|Truecaller|Tumblr|Twitch|Twitter|Telepass|Tidal|Trenitalia|Thuisbezorgd|Tikkie|Too Good To Go|\
Uber|Uber Eats|Udemy|UniCredit|\
Viber|Vinted|VLC|Vodafone|Vueling|Viva Engage|\
Waze|Weather|Webex|WeChat|WhatsApp|WhatsApp Business|Wallet|Wikipedia|Wise|Wolt|Word|Wordfeud|WordPress|Wordle|WarnWetter|Wallapop|Worten|\
X|Xbox|\
Yahoo Mail|Yelp|YouTube|YouTube Music|YouTube Kids|Yuka|\
Zalando|Zoom|Zoom Workplace|Ziggo GO";

/// Whether `name`, a list's last name, is a catalogued app's name cut inside a word: the
/// beginning of one (its last word three letters or more), that name going
/// on with a letter or a digit (`Google Pho` of Google Photos, `Minec` of Minecraft; not
/// `Uber` of Uber Eats, a whole word), and itself no catalogued name (`Snap`, `Word`).
/// Compared in any case of ASCII's letters.
pub(super) fn cut_short(name: &str) -> bool {
    let name = crate::text::trim(name);
    let letters = name.chars().filter(|c| c.is_alphanumeric()).count();
    let last_word = name.rsplit(' ').next().unwrap_or("");
    // (Of one word, three letters only when at least three more of the name were cut
    // and it is written as a name is, `Dro`, `Ins`: in lower case, `all`, `bin`, `key`,
    // and in capitals, `ING`, three letters are words and short names of their own more
    // often than a cut.)
    let three = !name.contains(' ')
        && letters == 3
        && name.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && name.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_alphabetic());
    let shortest = if name.contains(' ') || three { 3 } else { 4 };
    if letters < 3 || last_word.chars().filter(|c| c.is_alphanumeric()).count() < shortest || name.contains("  ") {
        return false;
    }
    // (A name that ends in a sign was not cut inside a word.)
    if !name.chars().last().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let mut begun = false;
    for known in NAMES.split('|') {
        // (Compared in bytes, ASCII letters in any case: no name is copied.)
        let n = name.len();
        if !known
            .as_bytes()
            .get(..n)
            .is_some_and(|head| head.eq_ignore_ascii_case(name.as_bytes()))
        {
            continue;
        }
        // (The rest of the word it begins: none, it is that name; a letter or an ending of
        // a word's forms, it is a word of its own, `books` of Booksy, `Note` of Notes,
        // `Remind` of Reminders, `Play` of Player.)
        let end = known.get(n..).unwrap_or("");
        let end = end
            .get(..end.find(|c: char| !c.is_alphanumeric()).unwrap_or(end.len()))
            .unwrap_or(end);
        let end = crate::case::lower(end);
        if end.chars().nth(1).is_none()
            || three && end.chars().nth(2).is_none()
            || matches!(end.as_str(), "es" | "er" | "ers" | "ing" | "ings" | "ed" | "rs")
        {
            return false;
        }
        begun = true;
    }
    begun
}

/// Whether `name` is a catalogued app's whole name or a short form people type for one
/// (`Box`, `Sky`, `Uber`), in any case of ASCII's letters: recognition asks about a
/// list's last name of three letters that begins a policy's name only when it is none
/// ([`crate::recognise::cut_at_end`]).
pub(crate) fn known(name: &str) -> bool {
    let name = crate::text::trim(name);
    NAMES.split('|').any(|known| known.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cut_inside_a_word_and_names_that_are_whole() {
        for cut in [
            "Google Pho",
            "Minec",
            "candy cru",
            "Microsoft Authen",
            "Duoli",
            "Instag",
            "YouT",
        ] {
            assert!(cut_short(cut), "{cut}");
        }
        for whole in [
            "Google Photos",
            "Uber",
            "Snap",
            "Word",
            "Insta",
            "Disney",
            "CP",
            "Go",
            "Zoom.",
            "Slack",
            "Unknown App",
        ] {
            assert!(!cut_short(whole), "{whole}");
        }
    }

    #[test]
    fn every_name_is_trimmed_and_given_once() {
        let names: Vec<&str> = NAMES.split('|').collect();
        for name in &names {
            assert_eq!(*name, name.trim(), "{name:?}");
            assert!(!name.is_empty());
        }
        let mut lower: Vec<String> = names.iter().map(|n| crate::case::lower(n)).collect();
        lower.sort();
        let all = lower.len();
        lower.dedup();
        assert_eq!(all, lower.len(), "a name twice");
    }
}
