#!/usr/bin/env python3
"""Writes the labelled corpus in this folder: realistic pasted lists, each with its
right answer, for tests/corpus.rs to measure recall and false flags.

The answer comes from how each list is built, never from appcheck: which restricted
apps were put in (by name, spelling variant, package id, bundle id or store link),
which entries are one-typo misspellings that must be asked about, and which are near
misses (real other apps) that must never be flagged. Deterministic (fixed seed):
`python3 tests/corpus/generate.py` rewrites the same files. App identifiers are real.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20200710)

# Ordinary apps: (name, android package, iOS bundle id, winget id).
ORDINARY = [
    ("WhatsApp", "com.whatsapp", "net.whatsapp.WhatsApp", "9NKSQGP7F2NH"),
    ("Slack", "com.Slack", "com.tinyspeck.chatlyio", "SlackTechnologies.Slack"),
    ("Zoom", "us.zoom.videomeetings", "us.zoom.videomeetings", "Zoom.Zoom"),
    ("Microsoft Teams", "com.microsoft.teams", "com.microsoft.skype.teams", "Microsoft.Teams"),
    ("Gmail", "com.google.android.gm", "com.google.Gmail", None),
    ("Spotify", "com.spotify.music", "com.spotify.client", "Spotify.Spotify"),
    ("Microsoft Outlook", "com.microsoft.office.outlook", "com.microsoft.Office.Outlook", "Microsoft.Outlook"),
    ("Google Maps", "com.google.android.apps.maps", "com.google.Maps", None),
    ("Instagram", "com.instagram.android", "com.burbn.instagram", None),
    ("Facebook", "com.facebook.katana", "com.facebook.Facebook", None),
    ("Signal", "org.thoughtcrime.securesms", "org.whispersystems.signal", "OpenWhisperSystems.Signal"),
    ("Telegram", "org.telegram.messenger", "ph.telegra.Telegraph", "Telegram.TelegramDesktop"),
    ("Netflix", "com.netflix.mediaclient", "com.netflix.Netflix", None),
    ("YouTube", "com.google.android.youtube", "com.google.ios.youtube", None),
    ("Uber", "com.ubercab", "com.ubercab.UberClient", None),
    ("Duolingo", "com.duolingo", "com.duolingo.DuolingoMobile", None),
    ("LinkedIn", "com.linkedin.android", "com.linkedin.LinkedIn", None),
    ("Snapchat", "com.snapchat.android", "com.toyopagroup.picaboo", None),
    ("Google Chrome", "com.android.chrome", "com.google.chrome.ios", "Google.Chrome"),
    ("Dropbox", "com.dropbox.android", "com.getdropbox.Dropbox", "Dropbox.Dropbox"),
    ("Microsoft Authenticator", "com.azure.authenticator", "com.microsoft.azureauthenticator", None),
    ("Strava", "com.strava", "com.strava.stravaride", None),
    ("Waze", "com.waze", "com.waze.iphone", None),
    ("Pinterest", "com.pinterest", "pinterest", None),
    ("Reddit", "com.reddit.frontpage", "com.reddit.Reddit", None),
]
# Real apps with names close to restricted ones: never flagged, never asked about.
NEAR = [
    ("TickTick", "com.ticktick.task", "com.ticktick.task"),
    ("WeCom", "com.tencent.wework", "com.tencent.ww"),
    ("CCleaner", "com.piriform.ccleaner", None),
    ("Zoom - One Platform to Connect", None, None),
    ("Hello", None, None),
    ("Tik Tac Toe", None, None),
]
# Restricted apps per policy: (app id in the policy, names people type, android, iOS, App Store id).
TIKTOK = ("tiktok", ["TikTok", "TikTok Lite"], "com.zhiliaoapp.musically", "com.zhiliaoapp.musically", "835599320")
CAPCUT = ("capcut", ["CapCut"], "com.lemon.lvoverseas", "com.lemon.lvoverseas", "1500855883")
DOUYIN = ("douyin", ["Douyin", "抖音"], "com.ss.android.ugc.aweme", None, None)
INDIA = [
    ("tiktok", ["TikTok"], "com.zhiliaoapp.musically", "com.zhiliaoapp.musically", None),
    ("shareit", ["SHAREit", "Shareit"], "com.lenovo.anyshare.gps", None, None),
    ("uc-browser", ["UC Browser"], "com.UCMobile.intl", "com.ucweb.iphone", None),
    ("camscanner", ["CamScanner", "Cam Scanner"], "com.intsig.camscanner", None, None),
    ("wechat", ["WeChat"], "com.tencent.mm", "com.tencent.xin", None),
    ("helo", ["Helo"], "app.buzz.share", None, None),
    ("likee", ["Likee"], "video.like", "video.like", None),
    ("xender", ["Xender"], "cn.xender", None, None),
    ("clean-master", ["Clean Master"], "com.cleanmaster.mguard", None, None),
    ("es-file-explorer", ["ES File Explorer"], "com.estrongs.android.pop", None, None),
    ("baidu-map", ["Baidu Map"], "com.baidu.BaiduMap", "com.baidu.map", None),
    ("bigo-live", ["Bigo Live"], "sg.bigo.live", None, None),
    ("mobile-legends", ["Mobile Legends"], "com.mobile.legends", None, None),
    ("shein", ["SHEIN"], "com.zzkko", "zzkko.com.ZZKKO", None),
]
POLICIES = {
    "memo": ("archive/retailer-memo-us.v1", {"device": "phone", "services": {"email": True}, "region": "US"}, [TIKTOK]),
    "bank": ("bank-tiktok-2020", {"device": "phone", "ownership": "company"}, [TIKTOK]),
    "us-law": ("us-no-tiktok-on-government-devices", {"device": "phone", "ownership": "company"}, [TIKTOK, CAPCUT, DOUYIN]),
    "india": ("india-2020-ban", {"device": "phone", "region": "IN"}, INDIA),
}

CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "T": "Т", "K": "К"}
def fullwidth(s): return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
def cyrillic(s): return "".join(CYRILLIC.get(c, c) for c in s)
SPELLINGS = [
    lambda n: n, lambda n: n.lower(), lambda n: n.upper(), lambda n: n + "™", lambda n: "📱 " + n,
    lambda n: fullwidth(n), lambda n: cyrillic(n), lambda n: n + " - Free", lambda n: n + " 12.4.1",
    lambda n: n.replace("k", "k ").strip() if "k" in n else n + ".app",
]

def typo(name):
    """A one-typo misspelling of a name of five or more letters, or None."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 6:
        return None
    i = rnd.choice(letters[1:-1])
    kind = rnd.choice(["drop", "double", "swap"])
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    j = i + 1
    if j < len(name) and name[j].isalpha() and name[i] != name[j]:
        return name[:i] + name[j] + name[i] + name[j + 1:]
    return name[:i] + name[i + 1:]

def build(kind, restricted_pool):
    """One list: ordinary apps, some restricted ones, near misses, maybe a typo."""
    ordinary = rnd.sample(ORDINARY, rnd.randint(5, 18))
    n_restricted = rnd.choice([0, 1, 1, 1, 2, 3])
    restricted = rnd.sample(restricted_pool, min(n_restricted, len(restricted_pool)))
    near = rnd.sample(NEAR, rnd.randint(0, 2))
    typo_of = None
    if rnd.random() < 0.3:
        candidates = [r for r in restricted_pool if r not in restricted and len(r[1][0]) >= 6 and r[1][0].isascii()]
        if candidates:
            typo_of = rnd.choice(candidates)
    items = [("ordinary", o) for o in ordinary] + [("restricted", r) for r in restricted] + [("near", n) for n in near]
    if typo_of:
        items.append(("typo", typo_of))
    rnd.shuffle(items)
    return items, restricted, typo_of

def render(fmt, items):
    """The text of a list in format `fmt`, and the typed typo (if any)."""
    lines, typed = [], None
    def name_of(kind, x):
        nonlocal typed
        if kind == "ordinary": return x[0]
        if kind == "near": return x[0]
        if kind == "restricted": return rnd.choice(SPELLINGS)(rnd.choice(x[1]))
        t = None
        while not t:
            t = typo(x[1][0])
        typed = t
        return t
    if fmt in ("lines", "bullets", "numbered", "checklist", "chat", "comma"):
        names = [name_of(k, x) for k, x in items]
        if fmt == "lines": lines = names
        elif fmt == "bullets": lines = [rnd.choice(["- ", "• ", "* "]) + n for n in names]
        elif fmt == "numbered": lines = [f"{i + 1}. {n}" for i, n in enumerate(names)]
        elif fmt == "checklist": lines = [rnd.choice(["- [ ] ", "- [x] "]) + n for n in names]
        elif fmt == "chat": lines = ["[10/07/20, 12:0%d:1%d] Sam Lee: %s" % (i % 10, i % 10, n) for i, n in enumerate(names)]
        elif fmt == "comma": lines = [", ".join(names)]
        if fmt in ("lines", "bullets") and rnd.random() < 0.5:
            lines.insert(rnd.randint(0, len(lines)), "")
    elif fmt in ("adb", "adb-U", "adb-f"):
        for k, x in items:
            pkg = x[2] if k == "restricted" else (x[1] if k in ("ordinary", "near") else None)
            if pkg is None:
                continue
            if fmt == "adb": lines.append("package:" + pkg)
            elif fmt == "adb-U": lines.append(f"package:{pkg} uid:{10000 + rnd.randint(100, 999)}")
            else: lines.append(f"package:/data/app/~~{rnd.randint(10**8, 10**9)}==/{pkg}-x{rnd.randint(10, 99)}==/base.apk={pkg}")
    elif fmt in ("ios", "ios-csv"):
        if fmt == "ios-csv": lines.append("CFBundleIdentifier, CFBundleShortVersionString, CFBundleDisplayName")
        rows = []
        for k, x in items:
            bundle = x[3] if k == "restricted" else (x[2] if k in ("ordinary", "near") else None)
            name = name_of(k, x)
            # No iOS bundle id known (or a typo): the name carries it, under a made-up bundle id.
            bundle = bundle or "com.example." + "".join(c for c in name.lower() if c.isascii() and c.isalnum())
            version = f"{rnd.randint(1, 40)}.{rnd.randint(0, 9)}.{rnd.randint(0, 9)}"
            rows.append(f'{bundle}, "{version}", "{name}"' if fmt == "ios-csv" else f"{bundle} - {name} {version}")
        if fmt == "ios": lines.append(f"Total: {len(rows)} apps")
        lines += rows
    elif fmt == "csv":
        lines.append('"ApplicationName","ApplicationVersion","DeviceName","Platform"')
        for k, x in items:
            lines.append(f'"{name_of(k, x)}","{rnd.randint(1, 40)}.{rnd.randint(0, 9)}","Sam\'s phone","Android"')
    elif fmt == "json":
        lines.append(json.dumps([name_of(k, x) for k, x in items], ensure_ascii=False, indent=1))
    elif fmt == "links":
        for k, x in items:
            if k == "restricted" and x[4]:
                lines.append(f"https://apps.apple.com/us/app/{x[1][0].lower().replace(' ', '-')}/id{x[4]}")
            elif k in ("restricted", "ordinary") and (x[2] if k == "restricted" else x[1]):
                pkg = x[2] if k == "restricted" else x[1]
                lines.append(f"https://play.google.com/store/apps/details?id={pkg}&hl=en")
            else:
                lines.append(name_of(k, x))
    return "\n".join(lines) + "\n", typed

FORMATS = ["lines", "bullets", "numbered", "checklist", "chat", "comma", "adb", "adb-U", "adb-f", "ios", "ios-csv", "csv", "json", "links"]

def main():
    labels = {}
    for old in os.listdir(HERE):
        if old.endswith(".txt"):
            os.remove(os.path.join(HERE, old))
    number = 0
    for policy_key, (policy, context, pool) in POLICIES.items():
        for fmt in FORMATS:
            for _ in range(2 if policy_key in ("india", "us-law") else 1):
                number += 1
                items, restricted, typo_of = build(fmt, pool)
                text, typed = render(fmt, items)
                # Formats that carry only identifiers cannot carry a typo or a name-only app.
                ids_only = fmt in ("adb", "adb-U", "adb-f")
                expect = sorted({r[0] for r in restricted if not (ids_only and not r[2])})
                name = f"{number:03d}-{policy_key}-{fmt}.txt"
                with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
                    f.write(text)
                labels[name] = {
                    "policy": policy,
                    "context": context,
                    "restricted": expect,
                    "possible_matches": [typed] if typed else [],
                    "near_misses": sorted(n[0] for k, n in items if k == "near"),
                }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(labels)} lists")

main()
