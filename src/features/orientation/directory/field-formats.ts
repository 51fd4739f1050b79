// The directory's value formats are the shared ones of hand-kept files (src/util/row-file), re-exported
// here where the directory's tests and callers have always found them.
export {
  checkEmail,
  localToday,
  normalisePhone,
  normaliseWebsite,
  parseCheckedDate,
} from "../../../util/row-file/field-formats.ts";
