// The first party named as a sentence's subject: "Valve collects…", "SRL may collect…". Policies write
// the service's own practices with its capitalised name; words that open sentences ("If", "However"),
// pronouns and well-known third parties are not that name, nor is a capitalised noun after "such", "these",
// "other" or "third" ("such Online Services", "other Advertisers"). A regex source, for rules to build on.

export const COMPANY_NAME =
  "(?<!\\b(?:[Ss]uch|[Tt]hese|[Tt]hose|[Oo]ther|[Aa]ny|[Ss]ome|[Cc]ertain|[Tt]hird)\\s)(?:(?!(?:Advertisers?|Third|Partners|Affiliates|They|These|Those|Such|Other|Some|Many|Most|Google|Facebook|Twitter|Microsoft|Users|You|Your|Visitors|Companies|Websites|Sites|Browsers|We|It|This|That|Please|If|To|For|However|Because|Additionally|When|In)\\b)[A-Z][\\w&'-]*(?:\\.com)?|The Company|the Company)";
