/**
 * Masks what could identify a person in a quote: email addresses, phone numbers and personal
 * names (a common first name, or a title followed by a capitalised word). Quotes are shown only
 * for groups large enough, and masked even then.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Seven or more digits, allowing spaces, dots, dashes, brackets and a leading +.
const PHONE = /(?<![\w])\+?\d[\d\s().-]{5,}\d(?![\w])/g;
const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][a-zA-Z'-]+/g;

// Common English first names (a small list: good enough to catch "ask Dave in IT").
const FIRST_NAMES = new Set(
  `aaron adam adrian alan alex alice alison amanda amy andrew andy angela anna anne anthony ben beth bob brian carl carol caroline
  catherine charles charlie chris christine claire colin craig dan daniel dave david deborah dennis diane donna edward elaine
  elizabeth emily emma eric fiona frank gary george graham greg hannah harry helen ian jack jackie james jane janet jason jean jeff
  jennifer jenny jessica jim joanne joe john jon jonathan joseph julie karen kate katie keith kelly ken kevin kim laura lee linda
  lisa liz louise lucy luke margaret maria martin mary matt matthew michael michelle mike neil nick nicola nicole paul pete
  peter phil philip rachel richard robert ruth ryan sally sam sarah scott sean simon sophie stephen steve steven stuart sue
  susan tim tom tony tracy vicky wendy william`.split(/\s+/),
);

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(PHONE, (m) => (m.replace(/\D/g, "").length >= 7 ? "[phone]" : m))
    .replace(TITLED, "[name]")
    .replace(/\b[A-Z][a-z]+\b/g, (word) => (FIRST_NAMES.has(word.toLowerCase()) ? "[name]" : word));
}
