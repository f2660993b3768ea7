import { z } from "zod";
import { newPseudonym, subject } from "@jeugdregie/auth";
import {
  activeRequestExists,
  createRequest,
  findChildForIntake,
  isReferenceMunicipality,
  withTenant,
  writeAudit,
  type AuditEvent,
} from "@jeugdregie/db";
import {
  AppError,
  CARE_TYPES,
  CHILD_FIELD_LABELS,
  differingChildFields,
  initialsOf,
  isCalendarDate,
  isTestBsn,
  isValidBsn,
  type ChildField,
} from "@jeugdregie/domain";
import { intakeProcedure } from "../../trpc.ts";

const today = () => new Date().toISOString().slice(0, 10);

export const createInput = z.object({
  bsn: z
    .string({ message: "Vul het BSN in." })
    .trim()
    .refine(isValidBsn, { message: "Dit BSN klopt niet (11-proef). Controleer de cijfers." }),
  name: z.string({ message: "Vul de naam in als tekst." }).trim().max(200, { message: "De naam is hoogstens 200 tekens." }).default(""),
  birthDate: z
    .string({ message: "Vul de geboortedatum in als 2012-03-01." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Vul de geboortedatum in als 2012-03-01." })
    .refine(isCalendarDate, { message: "Die geboortedatum bestaat niet: vul een datum in als 2012-03-01." })
    .refine((d) => d <= today(), { message: "De geboortedatum ligt in de toekomst." })
    .refine((d) => d >= `${Number(today().slice(0, 4)) - 27}${today().slice(4)}`, {
      message: "Jeugdhulp is er tot 27 jaar: controleer de geboortedatum.",
    }),
  gender: z.enum(["0", "1", "2"], { message: "Kies het geslacht (of onbekend)." }),
  homeMunicipalityCode: z
    .string({ message: "Kies de woongemeente." })
    .regex(/^GM\d{4}$/, { message: "Kies de woongemeente uit de lijst." }),
  referrerKind: z.enum(["01", "02", "03", "04", "05", "08"], { message: "Kies de verwijzer." }),
  urgency: z.enum(["regular", "crisis"], { message: "Kies de urgentie: regulier of crisis." }),
  careType: z.enum(CARE_TYPES, { message: "Kies de gewenste zorgvorm." }),
  expertiseTags: z
    .array(
      z
        .string({ message: "Vul de expertise in als tekst." })
        .trim()
        .min(1, { message: "Laat geen lege expertise tussen de komma's staan." })
        .max(60, { message: "Een expertise is hoogstens 60 tekens." }),
      { message: "Vul de benodigde expertise in, gescheiden door komma's." },
    )
    .max(20, { message: "Noem hoogstens 20 soorten expertise." })
    .default([]),
  intensityBand: z
    .string({ message: "Kies de intensiteit." })
    .regex(/^[K-Z]$/, { message: "Kies een intensiteit van K tot en met Z." })
    .nullable()
    .default(null),
  keepSchool: z.boolean({ message: "Geef aan of het kind op school moet blijven." }).default(false),
  schoolName: z
    .string({ message: "Vul de school in als tekst." })
    .trim()
    .max(200, { message: "De naam van de school is hoogstens 200 tekens." })
    .nullable()
    .default(null),
  siblingsTogether: z.boolean({ message: "Geef aan of broers en zussen samen geplaatst moeten worden." }).default(false),
  constraints: z
    .string({ message: "Vul de randvoorwaarden in als tekst." })
    .trim()
    .max(2000, { message: "De randvoorwaarden zijn hoogstens 2000 tekens." })
    .default(""),
  analysisSummary: z
    .string({ message: "Vul de samenvatting in als tekst." })
    .trim()
    .max(4000, { message: "De samenvatting is hoogstens 4000 tekens." })
    .default(""),
  /** The referrer's own reference ("eigen kenmerk"): how they find the request back in their own files. */
  referrerReference: z
    .string({ message: "Vul je eigen kenmerk in als tekst." })
    .trim()
    .max(100, { message: "Je eigen kenmerk is hoogstens 100 tekens." })
    .transform((v) => v || null)
    .nullable()
    .default(null),
  /**
   * The referrer confirms that the BSN's existing child is meant although details differ, by
   * naming the pseudonym they were shown: a confirmation never carries over to another BSN.
   */
  confirmChild: z
    .string({ message: "Bevestig het kind met zijn pseudoniem." })
    .regex(/^J-[A-Z0-9]+$/, { message: "Bevestig het kind met het pseudoniem dat je werd getoond." })
    .nullable()
    .default(null),
  /** A coordinator's reason to run this request next to one already in progress for the child. */
  linkReason: z
    .string({ message: "Geef de reden voor de koppeling als tekst." })
    .trim()
    .min(5, { message: "Geef een reden van minstens 5 tekens voor de koppeling." })
    .max(500, { message: "De reden voor de koppeling is hoogstens 500 tekens." })
    .nullable()
    .default(null),
});

/**
 * A referrer's request: identity pseudonymised on the way in (BSN encrypted, found by keyed hash).
 * A BSN that already belongs to a child is that child: when the details typed in differ, the
 * referrer sees the child's pseudonym and which fields differ (never the stored values) and must
 * confirm; a child has one request in progress unless a coordinator links another with a reason.
 */
export const create = intakeProcedure.input(createInput).mutation(async ({ ctx, input }) => {
  const { crypto } = ctx.deps;
  if (ctx.viewer.scope.role === "crisis_team" && input.urgency !== "crisis")
    throw new AppError("FORBIDDEN", {
      nl: "Het crisisteam meldt alleen crisisaanvragen aan; een gewone aanmelding loopt via de verwijzer of het centraal punt.",
      en: "The crisis team registers crisis requests only; a regular request goes through the referrer or the placement point.",
    });
  const bsn = input.bsn.padStart(9, "0");
  if (isTestBsn(bsn) && !ctx.deps.allowTestBsn) {
    throw new AppError("BAD_INPUT", {
      nl: "Dit is een test-BSN (begint met 99999); dat hoort bij niemand en wordt alleen in een demo- of testomgeving aangenomen.",
      en: "This is a test BSN (starts with 99999); it belongs to no one and is only accepted in a demo or test environment.",
    });
  }
  if (!(await isReferenceMunicipality(ctx.tx, input.homeMunicipalityCode)))
    throw new AppError("BAD_INPUT", { nl: "Deze woongemeente bestaat niet.", en: "This municipality does not exist." });
  const { scope, ability } = ctx.viewer;
  // Linking a second request for a child is the coordinators' call: they run the placement point.
  if (input.linkReason && !ability.can("manage", subject("PlacementPoint", { regionId: ctx.regionId }))) {
    throw new AppError("FORBIDDEN", {
      nl: "Alleen een coördinator kan een tweede aanmelding voor hetzelfde kind koppelen.",
      en: "Only a coordinator can link a second request for the same child.",
    });
  }
  const bsnHash = crypto.lookupHash(bsn);
  const typed = {
    name: input.name || null,
    birthDate: input.birthDate,
    gender: input.gender,
    homeMunicipalityCode: input.homeMunicipalityCode,
  };

  const existing = await findChildForIntake(ctx.tx, ctx.regionId, bsnHash);
  if (existing) {
    const stored = {
      name: existing.name_encrypted ? crypto.decrypt(existing.name_encrypted) : null,
      birthDate: existing.birth_date,
      gender: existing.gender,
      homeMunicipalityCode: existing.home_municipality_code,
    };
    const differs = differingChildFields(stored, typed);
    const confirmed = input.confirmChild === existing.pseudonym;
    // the comparison read child data: recorded, also when the referrer is asked to confirm
    const read: AuditEvent = {
      action: "read",
      entity: "child",
      entityId: existing.id,
      regionId: ctx.regionId,
      details: { purpose: "intake_bsn_match", pseudonym: existing.pseudonym, differs, confirmed },
    };
    const refusal =
      differs.length > 0 && !confirmed
        ? childDetailsDiffer(existing.pseudonym, differs)
        : existing.hasActiveRequest && !input.linkReason
          ? activeRequestExists(existing.pseudonym)
          : null;
    if (refusal) {
      // The refusal rolls the procedure's transaction back; the record of the read must stay.
      await withTenant(ctx.deps.db, scope, (own) => writeAudit(own, scope, read));
      throw refusal;
    }
    await writeAudit(ctx.tx, scope, read);
  }
  return createRequest(
    ctx.tx,
    scope,
    ctx.regionId,
    {
      pseudonym: newPseudonym(),
      bsnHash,
      bsnEncrypted: crypto.encrypt(bsn),
      nameEncrypted: input.name ? crypto.encrypt(input.name) : null,
      // initials only, for the referrer's list; derived here so the list never needs the name
      initialsEncrypted: initialsOf(input.name) ? crypto.encrypt(initialsOf(input.name)!) : null,
      birthDate: input.birthDate,
      gender: input.gender,
      homeMunicipalityCode: input.homeMunicipalityCode,
    },
    {
      referrerKind: input.referrerKind,
      urgency: input.urgency,
      careType: input.careType,
      expertiseTags: input.expertiseTags,
      intensityBand: input.intensityBand,
      keepSchool: input.keepSchool,
      schoolName: input.schoolName,
      siblingsTogether: input.siblingsTogether,
      constraints: input.constraints,
      analysisSummary: input.analysisSummary,
      linkedReason: input.linkReason,
      referrerReference: input.referrerReference,
    },
  );
});

const childDetailsDiffer = (pseudonym: string, differs: ChildField[]) => {
  const fields = differs.map((f) => CHILD_FIELD_LABELS[f]).join(", ");
  return new AppError(
    "CONFLICT",
    {
      nl: `Dit BSN hoort al bij een kind in deze regio (${pseudonym}), maar ${fields} ${differs.length === 1 ? "wijkt" : "wijken"} af van wat je invulde. Controleer het BSN. Is het echt dit kind, bevestig dat dan; de gegevens van het kind blijven zoals ze zijn.`,
      en: `This BSN already belongs to a child in this region (${pseudonym}), but ${differs.join(", ")} differ from what you entered. Check the BSN. If it really is this child, confirm; the child's details stay as they are.`,
    },
    { client: { pseudonym, differs } },
  );
};
