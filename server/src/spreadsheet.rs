//! Offer spreadsheets as files: CSV (the `csv` crate) and Excel `.xlsx` (calamine) read
//! into a [`Table`] of text cells, and a council's offers written as CSV. What the cells
//! mean, and what an import does with them, is `atlas_shared::spreadsheet`.
//!
//! Limits, so that no file can exhaust the server: 5 MB a file, 2,000 rows of offers,
//! 64 columns, 20,000 characters a cell, and for `.xlsx` (a zip archive) at most 50 MB
//! unpacked in at most 1,000 parts, checked before anything is unpacked.

use std::collections::BTreeMap;
use std::io::Cursor;

use atlas_shared::spreadsheet::{
    column_letters, example_row, guard_cell, header, offer_cells, ImportError, Table, TableRow,
    MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS,
};
use atlas_shared::{ErrorCode, Offer};
use calamine::{DataRef, Reader, Xlsx};

/// Largest unpacked size of an `.xlsx` archive.
pub const MAX_XLSX_UNPACKED: u64 = 50 * 1024 * 1024;
/// Most parts an `.xlsx` archive may have.
const MAX_XLSX_PARTS: usize = 1_000;

/// The kinds of file an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The format of a file, by its name and checked against its first bytes.
    pub fn of(file_name: &str, bytes: &[u8]) -> Result<Format, ImportError> {
        let lower = file_name.to_ascii_lowercase();
        let zip = bytes.starts_with(b"PK\x03\x04");
        if lower.ends_with(".xlsx") {
            if zip {
                Ok(Format::Xlsx)
            } else {
                Err(ImportError::file(
                    ErrorCode::UnsupportedMediaType,
                    "This file is named .xlsx but is not an Excel workbook. Save it from your spreadsheet program as Excel Workbook (.xlsx) or CSV UTF-8 (.csv).",
                ))
            }
        } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
            if zip {
                Err(ImportError::file(
                    ErrorCode::UnsupportedMediaType,
                    "This file is named .csv but is an Excel workbook: rename it to .xlsx, or save it as CSV UTF-8.",
                ))
            } else {
                Ok(Format::Csv)
            }
        } else if lower.ends_with(".xls") || lower.ends_with(".ods") || lower.ends_with(".numbers")
        {
            Err(ImportError::file(
                ErrorCode::UnsupportedMediaType,
                "Only .xlsx (Excel Workbook) and .csv files can be imported: save the file in one of those formats.",
            ))
        } else if zip {
            Ok(Format::Xlsx)
        } else {
            Err(ImportError::file(
                ErrorCode::UnsupportedMediaType,
                "Give a file ending in .csv or .xlsx.",
            ))
        }
    }
}

/// Reads a file into a table, or says what is wrong with it.
pub fn read(bytes: &[u8], format: Format) -> Result<Table, Vec<ImportError>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![too_large()]);
    }
    match format {
        Format::Csv => read_csv(bytes),
        Format::Xlsx => read_xlsx(bytes),
    }
}

pub fn too_large() -> ImportError {
    ImportError::file(
        ErrorCode::PayloadTooLarge,
        "The file is larger than 5 MB. A council's offers fit in far less: check it holds only the offers sheet.",
    )
}

fn too_many_rows() -> ImportError {
    ImportError::file(
        ErrorCode::TooMany,
        format!("The file has more than {MAX_ROWS} rows of offers; at most {MAX_ROWS} can be imported at once."),
    )
}

fn cell_error(row: usize, col: usize, code: ErrorCode, message: impl Into<String>) -> ImportError {
    ImportError {
        row: Some(row),
        column: None,
        letters: Some(column_letters(col)),
        code,
        message: message.into(),
    }
}

/// Builds the table from rows of cells in file order (numbered as a spreadsheet program
/// numbers them), checking the limits as it goes.
struct Builder {
    table: Option<Table>,
    errors: Vec<ImportError>,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            table: None,
            errors: Vec::new(),
        }
    }

    /// Adds a row; `false` once reading should stop.
    fn row(&mut self, number: usize, cells: Vec<String>) -> bool {
        let last_filled = cells.iter().rposition(|c| !c.trim().is_empty());
        let Some(last_filled) = last_filled else {
            return true; // blank rows are skipped
        };
        if last_filled >= MAX_COLUMNS {
            self.errors.push(cell_error(
                number,
                last_filled,
                ErrorCode::TooMany,
                format!(
                    "this row has cells beyond column {}; the template has {} columns",
                    column_letters(MAX_COLUMNS - 1),
                    atlas_shared::spreadsheet::COLUMNS.len()
                ),
            ));
            return false;
        }
        for (i, c) in cells.iter().enumerate() {
            if c.chars().count() > MAX_CELL_CHARS {
                self.errors.push(cell_error(
                    number,
                    i,
                    ErrorCode::TooLong,
                    format!("this cell has more than {MAX_CELL_CHARS} characters"),
                ));
                return false;
            }
        }
        let mut cells = cells;
        cells.truncate(last_filled + 1);
        match &mut self.table {
            None => {
                self.table = Some(Table {
                    header: cells,
                    rows: Vec::new(),
                });
            }
            Some(table) => {
                if cells.len() > table.header.len() {
                    self.errors.push(cell_error(
                        number,
                        cells.len() - 1,
                        ErrorCode::InvalidValue,
                        "this row has a cell beyond the last column of the header",
                    ));
                    return true;
                }
                if table.rows.len() >= MAX_ROWS {
                    self.errors.push(too_many_rows());
                    return false;
                }
                table.rows.push(TableRow { number, cells });
            }
        }
        true
    }

    fn finish(self) -> Result<Table, Vec<ImportError>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        self.table.ok_or_else(|| {
            vec![ImportError::file(
                ErrorCode::InvalidValue,
                "The file is empty: it needs the template's header row and a row per offer.",
            )]
        })
    }
}

fn read_csv(bytes: &[u8]) -> Result<Table, Vec<ImportError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut builder = Builder::new();
    let mut record = csv::ByteRecord::new();
    let mut number = 0usize;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let row = e.position().map_or(number + 1, |p| p.record() as usize + 1);
                return Err(vec![ImportError {
                    row: Some(row),
                    column: None,
                    letters: None,
                    code: ErrorCode::InvalidValue,
                    message: "this row cannot be read as CSV (a quotation mark may be missing)"
                        .into(),
                }]);
            }
        }
        // The csv crate skips blank lines (reading them with the record after them); a
        // spreadsheet program shows each as a row, so count them to name rows as the
        // editor sees them: the lines read, less the record's own and its line breaks.
        let start = record.position().map_or(0, |p| p.line());
        let inner = record
            .iter()
            .map(|f| f.iter().filter(|b| **b == b'\n').count() as u64)
            .sum::<u64>();
        let ended = reader.position();
        // The last record of a file may end without a line break of its own.
        let unterminated = ended.byte() as usize >= bytes.len()
            && !bytes.ends_with(b"\n")
            && !bytes.ends_with(b"\r");
        let own = u64::from(!unterminated) + inner;
        let blank = ended.line().saturating_sub(start).saturating_sub(own);
        number += 1 + blank as usize;
        let mut cells = Vec::with_capacity(record.len());
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(text) => cells.push(text.to_string()),
                Err(_) => {
                    return Err(vec![cell_error(
                        number,
                        i,
                        ErrorCode::InvalidValue,
                        "this cell is not UTF-8 text: save the file as CSV UTF-8 from your spreadsheet program",
                    )])
                }
            }
        }
        if !builder.row(number, cells) {
            break;
        }
    }
    builder.finish()
}

/// Refuses an archive that would unpack beyond the limits (a "zip bomb"), before calamine
/// unpacks any of it.
fn check_archive(bytes: &[u8]) -> Result<(), ImportError> {
    let unreadable = || {
        ImportError::file(
            ErrorCode::InvalidValue,
            "This Excel file cannot be read: it may be damaged. Open it and save it again as Excel Workbook (.xlsx).",
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| unreadable())?;
    if archive.len() > MAX_XLSX_PARTS {
        return Err(unreadable());
    }
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|_| unreadable())?;
        total = total.saturating_add(part.size());
    }
    if total > MAX_XLSX_UNPACKED {
        return Err(ImportError::file(
            ErrorCode::PayloadTooLarge,
            "This Excel file unpacks to more than 50 MB: keep only the offers sheet in it.",
        ));
    }
    Ok(())
}

/// A cell as text, the way the CSV export writes the same value.
fn xlsx_text(value: &DataRef<'_>) -> Result<String, String> {
    Ok(match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            match s.strip_suffix("T00:00:00") {
                Some(date) if matches!(value, DataRef::DateTimeIso(_)) => date.to_string(),
                _ => s.clone(),
            }
        }
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(dt) => match dt.as_datetime() {
            Some(at) if !dt.is_duration() => {
                if at.time() == chrono::NaiveTime::MIN {
                    at.date().to_string()
                } else {
                    at.format("%Y-%m-%d %H:%M:%S").to_string()
                }
            }
            _ => dt.as_f64().to_string(),
        },
        DataRef::Error(e) => return Err(format!("the cell holds a spreadsheet error ({e})")),
    })
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, Vec<ImportError>> {
    check_archive(bytes).map_err(|e| vec![e])?;
    let unreadable = |_| {
        vec![ImportError::file(
            ErrorCode::InvalidValue,
            "This Excel file cannot be read: it may be damaged or protected with a password. Open it and save it again as Excel Workbook (.xlsx).",
        )]
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let Some(sheet) = workbook.sheet_names().first().cloned() else {
        return Err(vec![ImportError::file(
            ErrorCode::InvalidValue,
            "This Excel file has no sheet.",
        )]);
    };
    let mut reader = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(unreadable)?;
    // Cells arrive row by row; only filled ones are kept, so a stray cell far away costs
    // nothing.
    let mut rows: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    let mut errors = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        match xlsx_text(cell.get_value()) {
            Ok(text) if text.is_empty() => continue,
            Ok(text) => {
                if rows.len() > MAX_ROWS + 1 && !rows.contains_key(&row) {
                    return Err(vec![too_many_rows()]);
                }
                if col as usize >= MAX_COLUMNS {
                    errors.push(cell_error(
                        row as usize + 1,
                        col as usize,
                        ErrorCode::TooMany,
                        "this cell is beyond the columns of the template",
                    ));
                    continue;
                }
                rows.entry(row).or_default().push((col, text));
            }
            Err(message) => errors.push(cell_error(
                row as usize + 1,
                col as usize,
                ErrorCode::InvalidValue,
                message,
            )),
        }
        if errors.len() > 100 {
            break;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut builder = Builder::new();
    for (row, cells) in rows {
        let width = cells
            .iter()
            .map(|(c, _)| *c as usize + 1)
            .max()
            .unwrap_or(0);
        let mut line = vec![String::new(); width];
        for (col, text) in cells {
            line[col as usize] = text;
        }
        if !builder.row(row as usize + 1, line) {
            break;
        }
    }
    builder.finish()
}

/// A council's offers as CSV: the template's header and a row per offer, text that could
/// pass for a formula guarded (see [`guard_cell`]).
pub fn write_csv(offers: &[Offer]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header())?;
    for offer in offers {
        writer.write_record(offer_cells(offer).iter().map(|c| guard_cell(c)))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// The template for a council's first import: the header and one example row.
pub fn template_csv() -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header())?;
    writer.write_record(example_row())?;
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_name_and_the_bytes_must_agree() {
        assert_eq!(Format::of("offers.CSV", b"id,topic"), Ok(Format::Csv));
        assert_eq!(
            Format::of("offers.xlsx", b"PK\x03\x04rest"),
            Ok(Format::Xlsx)
        );
        assert!(Format::of("offers.xlsx", b"id,topic").is_err());
        assert!(Format::of("offers.csv", b"PK\x03\x04").is_err());
        assert!(Format::of("offers.xls", b"\xD0\xCF").is_err());
        assert!(Format::of("offers.pdf", b"%PDF").is_err());
    }

    #[test]
    fn the_template_reads_back_as_one_offer() {
        let bytes = template_csv().unwrap();
        let table = read(&bytes, Format::Csv).unwrap();
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].number, 2);
        let run = atlas_shared::spreadsheet::dry_run(&table, &[], false, |_| {});
        assert!(run.errors.is_empty(), "{:?}", run.errors);
        assert_eq!(run.plan.create.len(), 1);
    }

    #[test]
    fn csv_limits_and_damage_are_named() {
        let bom = b"\xEF\xBB\xBFa,b\n\n1,2\n\"x\ny\",3\n\n\nz";
        let t = read(bom, Format::Csv).unwrap();
        assert_eq!(t.header, vec!["a", "b"]);
        // Numbered as a spreadsheet program shows them: blank lines are rows, a cell
        // with a line break is still one row.
        let numbers: Vec<usize> = t.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, vec![3, 4, 7]);
        let bad = b"a,b\n1,\xff\n";
        let e = read(bad, Format::Csv).unwrap_err();
        assert_eq!((e[0].row, e[0].letters.as_deref()), (Some(2), Some("B")));
        let wide = b"a,b\n1,2,3\n";
        assert_eq!(read(wide, Format::Csv).unwrap_err()[0].row, Some(2));
        let mut many = b"a\n".to_vec();
        for _ in 0..=MAX_ROWS {
            many.extend_from_slice(b"x\n");
        }
        assert_eq!(
            read(&many, Format::Csv).unwrap_err()[0].code,
            ErrorCode::TooMany
        );
        assert_eq!(
            read(b"\n\n", Format::Csv).unwrap_err()[0].code,
            ErrorCode::InvalidValue
        );
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(
            read(&big, Format::Csv).unwrap_err()[0].code,
            ErrorCode::PayloadTooLarge
        );
    }

    #[test]
    fn a_damaged_workbook_is_refused_in_words() {
        let e = read(b"PK\x03\x04 not really a zip", Format::Xlsx).unwrap_err();
        assert!(e[0].message.contains("cannot be read"), "{e:?}");
    }
}
