// About and licences: the program's own licence, then every font, crate and npm package shipped
// inside it with its licence. The listing is generated (`make licences`, from cargo-deny and
// npm) into `generated/licences.json`; `make test` fails when it is stale.
import { t } from "../../i18n";
import listing from "../../generated/licences.json";
import ids from "../../testIds.json";

interface Part {
  name: string;
  version: string;
  licence: string;
}

function PartsTable({ caption, parts }: { caption: string; parts: Part[] }) {
  return (
    <details>
      <summary>{caption}</summary>
      <table class="about-table">
        <thead>
          <tr>
            <th scope="col">{t("about.name")}</th>
            <th scope="col">{t("about.version")}</th>
            <th scope="col">{t("about.licence")}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={`${p.name}@${p.version}`}>
              <td>{p.name}</td>
              <td>{p.version}</td>
              <td>{p.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function About() {
  return (
    <section data-testid={ids.aboutLicences} aria-labelledby="about-heading">
      <h2 id="about-heading">{t("about.heading")}</h2>
      <p>{t("about.intro", { version: listing.version })}</p>
      <h3>{t("about.fonts")}</h3>
      <ul>
        {listing.fonts.map((f) => (
          <li key={f.file}>
            {f.name} — {f.licence} ({f.copyright})
          </li>
        ))}
      </ul>
      <PartsTable caption={t("about.crates", { count: listing.crates.length })} parts={listing.crates} />
      <PartsTable caption={t("about.npm", { count: listing.npm.length })} parts={listing.npm} />
    </section>
  );
}
