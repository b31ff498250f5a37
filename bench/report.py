"""The same job as `lsk-report --from FROM --to TO -i FILE…`, written the way an
analyst would in Python with pandas, matplotlib and reportlab: read and check the
exports, drop duplicates, resolve each client's attributes (the latest known value
wins), count the period's figures, draw the charts and write a PDF and a JSON.
`npm run bench` times lsk-report against it (wall time and peak memory).

    python3 bench/report.py --from 2021-07-01 --to 2021-12-31 --out r.pdf --json r.json FILE…
"""
import argparse
import io
import json
import os
import re
import resource
import sys
import unicodedata

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = os.path.join(ROOT, "node_modules")
CODED = ["gender", "legal_status", "arrival", "staff_role", "service", "case_closed_reason", "citizenship", "location"]
GENDERS = {"f": "female", "female": "female", "s": "female", "sieviete": "female",
           "m": "male", "male": "male", "v": "male", "vīrietis": "male", "": "unknown"}
STATUSES = {"asylum_seeker": "asylum_seeker", "pm": "asylum_seeker", "refugee": "refugee", "bs": "refugee",
            "alternative": "alternative", "as": "alternative"}
ARRIVALS = {"relocation": "relocation", "independent": "independent", "": "unknown"}
ROLES = {"social_worker": "social_worker", "sd": "social_worker", "mentor": "mentor", "sm": "mentor"}
SERVICES = ["basic_needs", "humanitarian_aid", "language_course", "integration_course", "education",
            "healthcare", "employment", "housing", "documents", "institutions", "legal", "psychosocial",
            "daily_skills", "culture", "other"]
CLOSURES = ["left_country", "returned", "refused_cooperation", "plan_completed", "term_expired", "other"]
AGE_BANDS = [(0, 17), (18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 200)]


def countries():
    """Every way an export writes a country → its alpha-2 code."""
    with open(os.path.join(MODULES, "i18n-iso-countries", "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    names = {}
    for lang in ("en", "lv"):
        with open(os.path.join(MODULES, "i18n-iso-countries", "langs", f"{lang}.json"), encoding="utf-8") as f:
            for code, name in json.load(f)["countries"].items():
                for n in name if isinstance(name, list) else [name]:
                    names[n.lower()] = code
    for alpha2, alpha3, *_ in codes:
        names[alpha2.lower()] = alpha2
        names[alpha3.lower()] = alpha2
    names.update({"stateless": "stateless", "bezvalstnieks": "stateless", "": "unknown", "syria": "SY",
                  "asv": "US", "uk": "GB"})
    return names


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        header = f.readline()
    sep = max([",", ";", "\t"], key=header.count)
    dtypes = {c: "category" for c in CODED}
    frame = pd.read_csv(path, sep=sep, dtype=dtypes | {"duration_min": str}, keep_default_na=False,
                        encoding="utf-8-sig")
    frame.columns = [re.sub(r"[\s-]+", "_", c.strip().lower()) for c in frame.columns]
    return frame


def dates(column):
    parsed = pd.to_datetime(column, format="%Y-%m-%d", errors="coerce")
    dotted = parsed.isna() & column.str.contains(".", regex=False)
    if dotted.any():
        parsed[dotted] = pd.to_datetime(column[dotted].str.rstrip("."), format="%d.%m.%Y", errors="coerce")
    return parsed


def coded(column, mapping):
    """A coded column's values as codes; a value not in `mapping` becomes "?value" (an invalid row)."""
    return column.map({c: mapping.get(str(c).strip().lower(), f"?{c}") for c in column.cat.categories}).astype(str)


def place(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    return re.sub(r"[^A-Z0-9 ]", "", text).strip() or None


def load(paths):
    frame = pd.concat([read(p) for p in paths], ignore_index=True)
    rows_read = len(frame)
    out = pd.DataFrame({
        "date": dates(frame["date"]),
        "client_id": frame["client_id"].str.strip(),
        "family_id": frame.get("family_id", pd.Series("", index=frame.index)).str.strip().replace("", None),
        "gender": coded(frame["gender"], GENDERS),
        "birth_date": dates(frame["birth_date"]),
        "citizenship": coded(frame["citizenship"], countries()),
        "legal_status": coded(frame["legal_status"], STATUSES),
        "arrival": coded(frame["arrival"], ARRIVALS),
        "staff_id": frame["staff_id"].str.strip().replace("", None),
        "staff_role": coded(frame["staff_role"], ROLES),
        "service": coded(frame["service"], {s: s for s in SERVICES}),
        "closure": coded(frame["case_closed_reason"], {c: c for c in CLOSURES} | {"": "none"}),
        "duration": pd.to_numeric(frame["duration_min"], errors="coerce"),
        "location": frame["location"].map({c: place(str(c)) or "unknown" for c in frame["location"].cat.categories})
        .astype(str),
        "contact_id": frame.get("contact_id", pd.Series("", index=frame.index)).str.strip(),
    })
    invalid = (out["date"].isna() | (out["client_id"] == "")
               | out[["gender", "citizenship", "legal_status", "arrival", "staff_role", "service", "closure"]]
               .apply(lambda c: c.str.startswith("?")).any(axis=1)
               | (frame["birth_date"].ne("") & out["birth_date"].isna())
               | (out["birth_date"] > out["date"]))
    valid = out[~invalid]
    with_id = valid[valid["contact_id"] != ""]
    without = valid[valid["contact_id"] == ""]
    deduped = pd.concat([with_id.drop_duplicates("contact_id"), without.drop_duplicates()]).sort_index()
    quality = {"rowsRead": rows_read, "rowsInvalid": int(invalid.sum()),
               "duplicatesRemoved": len(valid) - len(deduped)}
    return deduped, quality


def profiles(contacts):
    """Each client's attributes: the latest known value wins (by date, then input order)."""
    ordered = contacts.sort_values("date", kind="stable")
    known = ordered[["client_id", "gender", "birth_date", "citizenship", "arrival", "family_id"]].copy()
    for column, unknown in (("gender", "unknown"), ("citizenship", "unknown"), ("arrival", "unknown")):
        known[column] = known[column].where(known[column] != unknown)
    grouped = known.groupby("client_id", sort=True)
    latest = grouped.last()
    conflicts = int((grouped.nunique() > 1).sum().sum())
    latest["first_contact"] = contacts.groupby("client_id")["date"].min()
    return latest.fillna({"gender": "unknown", "citizenship": "unknown", "arrival": "unknown"}), conflicts


def figures(contacts, clients, start, end, quality, conflicts):
    period = contacts[(contacts["date"] >= start) & (contacts["date"] <= end)]
    served = clients.loc[period["client_id"].unique()]
    ages = ((end - served["birth_date"]).dt.days // 365.2425)
    bands = pd.cut(ages, [b[0] - 1 for b in AGE_BANDS] + [200], labels=[f"{a}–{b}" for a, b in AGE_BANDS])
    month = period["date"].dt.strftime("%Y-%m")
    countries = served["citizenship"].value_counts()
    return {
        "period": {"from": start.strftime("%Y-%m-%d"), "to": end.strftime("%Y-%m-%d")},
        "clients": {"served": len(served), "new": int(served["first_contact"].between(start, end).sum())},
        "contacts": len(period),
        "monthly": [{"month": m, "clients": int(g["client_id"].nunique()), "contacts": len(g)}
                    for m, g in period.groupby(month)],
        "gender": served["gender"].value_counts().sort_index().to_dict(),
        "ages": pd.crosstab(bands, served["gender"]).to_dict(),
        "ageAverage": round(float(ages.mean()), 1) if len(ages.dropna()) else None,
        "countries": [{"code": c, "clients": int(n)} for c, n in countries.items()],
        "legalStatus": served.join(period.groupby("client_id")["legal_status"].last())["legal_status"]
        .value_counts().to_dict(),
        "arrival": served["arrival"].value_counts().to_dict(),
        "services": [{"code": s, "contacts": int(n), "clients": int(period.loc[period["service"] == s, "client_id"]
                                                                   .nunique())}
                     for s, n in period["service"].value_counts().items()],
        "closures": period.loc[period["closure"] != "none", "closure"].value_counts().to_dict(),
        "locations": period.groupby("location")["client_id"].nunique().sort_values(ascending=False).to_dict(),
        "staff": {"members": int(period["staff_id"].nunique()),
                  "byRole": period.groupby("staff_role")["staff_id"].nunique().to_dict()},
        "durationAverage": round(float(period["duration"].mean()), 1),
        "dataQuality": quality | {"clientConflicts": conflicts},
    }


def chart(draw, height=60):
    fig, ax = plt.subplots(figsize=(170 / 25.4, height / 25.4))
    draw(ax)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=150)
    plt.close(fig)
    out.seek(0)
    return Image(out, width=170 * mm, height=height * mm)


def pdf(stats, path):
    fonts = os.path.join(MODULES, "@expo-google-fonts", "noto-sans")
    pdfmetrics.registerFont(TTFont("Noto", os.path.join(fonts, "400Regular", "NotoSans_400Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoBold", os.path.join(fonts, "700Bold", "NotoSans_700Bold.ttf")))
    body = ParagraphStyle("body", fontName="Noto", fontSize=10, leading=13)
    head = ParagraphStyle("head", fontName="NotoBold", fontSize=13, leading=17, spaceBefore=8)
    table = {"style": [("FONT", (0, 0), (-1, -1), "Noto", 9)]}
    p = stats["period"]
    monthly = stats["monthly"]
    story = [Paragraph("Sociālo mentoru pakalpojums: starpposma ziņojums", head),
             Paragraph(f"Periods {p['from']} – {p['to']}. Klienti: {stats['clients']['served']}, "
                       f"no tiem jauni {stats['clients']['new']}; kontakti: {stats['contacts']}.", body),
             Paragraph("Klienti pa mēnešiem", head),
             chart(lambda ax: ax.bar([m["month"] for m in monthly], [m["clients"] for m in monthly],
                                     color="#0072B2")),
             Table([["Mēnesis", "Klienti", "Kontakti"]]
                   + [[m["month"], m["clients"], m["contacts"]] for m in monthly], **table),
             Paragraph("Sociālais portrets", head)]
    ages = pd.DataFrame(stats["ages"]).fillna(0)
    story.append(chart(lambda ax: (ax.barh(ages.index, -ages.get("female", 0), color="#E69F00"),
                                   ax.barh(ages.index, ages.get("male", 0), color="#56B4E9")), 70))
    top = stats["countries"][:5]
    story += [Paragraph("Valstis", head),
              chart(lambda ax: ax.barh([c["code"] for c in top][::-1], [c["clients"] for c in top][::-1],
                                       color="#009E73")),
              Table([["Valsts", "Klienti"]] + [[c["code"], c["clients"]] for c in stats["countries"]], **table),
              PageBreak(), Paragraph("Pakalpojumi", head)]
    services = stats["services"]
    story += [chart(lambda ax: ax.barh([s["code"] for s in services][::-1],
                                       [s["contacts"] for s in services][::-1], color="#CC79A7"), 90),
              Table([["Pakalpojums", "Kontakti", "Klienti"]]
                    + [[s["code"], s["contacts"], s["clients"]] for s in services], **table),
              Paragraph("Dzīvesvietas", head),
              Table([["Vieta", "Klienti"]] + [[k, v] for k, v in stats["locations"].items()], **table),
              PageBreak(), Paragraph("Datu kvalitāte", head),
              Table([[k, v] for k, v in stats["dataQuality"].items()], **table)]

    def footer(canvas, doc):
        canvas.setFont("Noto", 8)
        canvas.drawString(20 * mm, 10 * mm, f"{doc.page}. lpp.")

    SimpleDocTemplate(path, pagesize=A4, title="Starpposma ziņojums").build(
        story, onFirstPage=footer, onLaterPages=footer)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="start", required=True)
    parser.add_argument("--to", dest="end", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    contacts, quality = load(args.files)
    clients, conflicts = profiles(contacts)
    stats = figures(contacts, clients, pd.Timestamp(args.start), pd.Timestamp(args.end), quality, conflicts)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=2, default=str)
    pdf(stats, args.out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peakMb": peak / 1024}), file=sys.stderr)


if __name__ == "__main__":
    main()
