import { builtInServices, parameterStates, versionInForce } from "@yakkan/terms";
import { toParameterFields } from "@yakkan/api";
import { describe, expect, it } from "vitest";
import { isSubmitted, parametersFromSearch } from "~/utils/parameters";

// The fields as the API projects them for the form (Service.parameterFields).
const specs = toParameterFields(
  parameterStates(versionInForce(builtInServices().get("qtpro-flex-mobility"), "2026-11-01").terms!.parameters, {}),
  "ja",
);

describe("reading a configuration from the estimate form", () => {
  it("types each field by its spec: integers, numeric enums, bandwidth strings, checkboxes", () => {
    const search = new URLSearchParams(
      "plan=complete&licenses=1200&logRetentionDays=180&serverBandwidth=1G&accessBandwidth=1G&transparentProxy=true",
    );
    expect(parametersFromSearch(specs, search)).toEqual({
      plan: "complete",
      licenses: 1200,
      logRetentionDays: 180,
      serverBandwidth: "1G",
      accessBandwidth: "1G",
      transparentProxy: true,
    });
  });

  it("passes unparsable and unknown values on unchanged, so validation reports them at their key", () => {
    const search = new URLSearchParams("plan=core&licenses=12x&colour=blue");
    expect(parametersFromSearch(specs, search)).toEqual({ plan: "core", licenses: "12x", colour: "blue" });
  });

  it("treats empty fields as absent (an optional option left at 'none')", () => {
    expect(parametersFromSearch(specs, new URLSearchParams("plan=core&multiRegion="))).toEqual({ plan: "core" });
  });

  it("reads an unticked checkbox as false (its hidden field) and a ticked one as true", () => {
    // The form sends the hidden "false" before the checkbox: unticked → only "false".
    expect(parametersFromSearch(specs, new URLSearchParams("plan=core&transparentProxy=false"))).toEqual({
      plan: "core",
      transparentProxy: false,
    });
    expect(
      parametersFromSearch(specs, new URLSearchParams("plan=core&transparentProxy=false&transparentProxy=true")),
    ).toEqual({
      plan: "core",
      transparentProxy: true,
    });
  });

  it("tells a submitted form from a fresh visit", () => {
    expect(isSubmitted(specs, new URLSearchParams(""))).toBe(false);
    expect(isSubmitted(specs, new URLSearchParams("licenses=100"))).toBe(true);
  });
});
