import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Organisation } from "../model";

const calls: string[] = [];
let picked: string | null = null;

const LOGO = "data:image/png;base64,iVBORw0KGgo=";

function stored(logo: string | null, version: number): Organisation {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    name: "Meridia Coalition",
    acronym: "MC",
    contact_email: "",
    contact_phone: "",
    website: "",
    address: "",
    ecosoc_status: "none",
    logo,
    partners: [],
    created_at: "2026-11-30T09:00:00Z",
    updated_at: "2026-11-30T09:00:00Z",
    version,
  };
}

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      saveOrganisation: async (o: Organisation) => {
        calls.push(`saveOrganisation ${o.acronym} logo ${o.logo}`);
        return { ...o, version: o.version + 1 };
      },
      setLogo: async (path: string) => {
        calls.push(`setLogo ${path}`);
        if (path.endsWith(".gif")) throw new actual.UserError("logo_not_an_image", "not an image", { code: "logo_not_an_image", file: "logo.gif" });
        return stored(LOGO, 3);
      },
      removeLogo: async () => {
        calls.push("removeLogo");
        return stored(null, 4);
      },
    },
    desktop: {
      chooseOpenFile: async (_title: string, filters: { extensions: string[] }[]) => {
        calls.push(`chooseOpenFile ${filters[0].extensions.join(",")}`);
        return picked;
      },
    },
  };
});

const { chooseLogo, editOrganisation, organisation, removeLogo } = await import("./organisation");
const { flushAll } = await import("./autosave");

beforeEach(() => {
  calls.length = 0;
  organisation.value = stored(null, 1);
});

describe("the organisation's logo", () => {
  it("is chosen with the file dialog, PNG and JPEG only, and shown as the core saved it", async () => {
    picked = "/home/ana/logo.png";
    await chooseLogo("Choose the logo");
    expect(calls).toEqual(["chooseOpenFile png,jpg,jpeg", "setLogo /home/ana/logo.png"]);
    expect(organisation.value?.logo).toBe(LOGO);
    expect(organisation.value?.version).toBe(3);
  });

  it("saves a pending edit first, so the logo's answer does not undo it", async () => {
    picked = "/home/ana/logo.png";
    editOrganisation({ acronym: "MCHR" });
    await chooseLogo("Choose the logo");
    expect(calls.indexOf("saveOrganisation MCHR logo null")).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf("saveOrganisation MCHR logo null")).toBeLessThan(calls.indexOf("setLogo /home/ana/logo.png"));
  });

  it("is not sent with every edit of the organisation, and stays shown after one", async () => {
    organisation.value = stored(LOGO, 3);
    editOrganisation({ acronym: "MCHR" });
    await flushAll();
    expect(calls).toEqual(["saveOrganisation MCHR logo null"]);
    expect(organisation.value?.logo).toBe(LOGO);
    expect(organisation.value?.version).toBe(4);
  });

  it("does nothing when the dialog is closed", async () => {
    picked = null;
    await chooseLogo("Choose the logo");
    expect(calls).toEqual(["chooseOpenFile png,jpg,jpeg"]);
    expect(organisation.value?.logo).toBeNull();
  });

  it("keeps the logo held when the core refuses the file", async () => {
    organisation.value = stored(LOGO, 3);
    picked = "/home/ana/logo.gif";
    await expect(chooseLogo("Choose the logo")).rejects.toMatchObject({ code: "logo_not_an_image" });
    expect(organisation.value?.logo).toBe(LOGO);
  });

  it("is removed through the core", async () => {
    organisation.value = stored(LOGO, 3);
    await removeLogo();
    expect(calls).toEqual(["removeLogo"]);
    expect(organisation.value?.logo).toBeNull();
  });
});
