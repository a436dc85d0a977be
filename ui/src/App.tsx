// The window's frame: the sidebar to move between screens, the screen itself, and the notices.
import { useEffect, useRef } from "preact/hooks";
import { t } from "./i18n";
import { CalendarScreen } from "./screens/calendar/CalendarScreen";
import { CampaignScreen } from "./screens/campaign/CampaignScreen";
import { CoalitionScreen } from "./screens/coalition/CoalitionScreen";
import { DatabaseScreen } from "./screens/database/DatabaseScreen";
import { DocumentsScreen } from "./screens/documents/DocumentsScreen";
import { DemoBanner } from "./screens/frame/DemoBanner";
import { Notices, SaveIndicator } from "./screens/frame/Notices";
import { UnlockScreen } from "./screens/frame/UnlockScreen";
import { IssuesScreen } from "./screens/issues/IssuesScreen";
import { MeetingsScreen } from "./screens/meetings/MeetingsScreen";
import { MonitoringScreen } from "./screens/monitoring/MonitoringScreen";
import { OrganisationScreen } from "./screens/organisation/OrganisationScreen";
import { Overview } from "./screens/overview/Overview";
import { SettingsScreen } from "./screens/settings/SettingsScreen";
import { SubmissionScreen } from "./screens/submission/SubmissionScreen";
import { TargetsScreen } from "./screens/targets/TargetsScreen";
import { isReadOnly } from "./state/dataFolder";
import { isLocked } from "./state/lock";
import { go, screen, SCREENS, type Screen } from "./state/navigation";
import { loaded, loadError } from "./state/workspace";
import ids from "./testIds.json";

const VIEWS: Record<Screen, () => preact.JSX.Element | null> = {
  overview: Overview,
  organisation: OrganisationScreen,
  campaign: CampaignScreen,
  issues: IssuesScreen,
  targets: TargetsScreen,
  meetings: MeetingsScreen,
  documents: DocumentsScreen,
  calendar: CalendarScreen,
  submission: SubmissionScreen,
  monitoring: MonitoringScreen,
  database: DatabaseScreen,
  coalition: CoalitionScreen,
  settings: SettingsScreen,
};

const NAV_TEST_IDS: Record<Screen, string> = {
  overview: ids.navOverview,
  organisation: ids.navOrganisation,
  campaign: ids.navCampaign,
  issues: ids.navIssues,
  targets: ids.navTargets,
  meetings: ids.navMeetings,
  documents: ids.navDocuments,
  calendar: ids.navCalendar,
  submission: ids.navSubmission,
  monitoring: ids.navMonitoring,
  database: ids.navDatabase,
  coalition: ids.navCoalition,
  settings: ids.navSettings,
};

export function App() {
  const main = useRef<HTMLElement>(null);
  const current = screen.value;
  // A new screen starts at its top, and takes the keyboard focus, so keyboard users start at
  // its heading too.
  useEffect(() => {
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
    document.querySelector('.nav-button[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);

  const View = VIEWS[current];
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <nav class="sidebar" aria-label={t("nav.label")}>
        <p class="brand">{t("app.title")}</p>
        <ul>
          {SCREENS.map((s) => (
            <li key={s}>
              <button
                type="button"
                class="nav-button"
                aria-current={s === current ? "page" : undefined}
                data-testid={NAV_TEST_IDS[s]}
                onClick={() => go(s)}
              >
                {t(`nav.${s}`)}
              </button>
            </li>
          ))}
        </ul>
        <SaveIndicator />
      </nav>
      <main class="content" id="main" tabIndex={-1} ref={main}>
        {isReadOnly() && (
          <p class="notice notice--error" role="alert" data-testid={ids.readOnlyBanner}>
            {t("readOnly.banner")}
          </p>
        )}
        {loaded.value && !loadError.value && <DemoBanner />}
        {isLocked() ? (
          <UnlockScreen />
        ) : loadError.value ? (
          <section class="notice notice--error" role="alert">
            <h2>{t("error.heading")}</h2>
            <p data-testid={ids.errorMessage}>{loadError.value.message}</p>
            <p>{t("error.openAdvice")}</p>
          </section>
        ) : loaded.value ? (
          <View />
        ) : (
          <p class="muted">{t("app.loading")}</p>
        )}
      </main>
      <Notices />
    </div>
  );
}
