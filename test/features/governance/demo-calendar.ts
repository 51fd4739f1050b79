// The obligations of the demo association (content/association.yaml: fiscal year closing on 31 December, AG within
// 6 months with 15 days' notice, 412,000 € of public subsidies, two earmarked funders) due in 2027, local time.
export const DEMO_OBLIGATIONS_2027 = {
  "funder-report:departement-94:interim-report:2027": "2027-01-31 18:00",
  // The accounts drawn up 3 months after the close (internal), certified before the AG notice.
  "accounts-closing:2026": "2027-03-31 18:00",
  // The activity report to the ARS, on the date of the FIR convention.
  "funder-report:ars-fir:activity-report:2027": "2027-04-30 18:00",
  // The AG within 6 months of the close (statutes); its notice 15 days before (statutes).
  "ag-convocation:2026": "2027-06-15 18:00",
  "cac-certification:2026": "2027-06-15 18:00",
  "ag-accounts-approval:2026": "2027-06-30 18:00",
  // Cerfa 15059 within 6 months of the close, for each earmarked subsidy only (not the city's).
  "financial-report:ars-fir:2026": "2027-06-30 18:00",
  "financial-report:departement-94:2026": "2027-06-30 18:00",
  // Accounts published within 3 months of their approval.
  "accounts-publication:2026": "2027-09-30 18:00",
  "funder-report:ars-fir:fir-request:2027": "2027-10-15 18:00",
};
