"""Notice parts: the places a submitter writes a notice about the whole document.

Running headers and footers (before cleaning removes them), DOCX headers and footers,
footnotes, endnotes, Word comments, text boxes, document properties, a cover e-mail, and
the names of the file, its folder and its ZIP. Detection reads them beside the body.
"""

VERSION = 9

SQL = """
create table notice_parts (
    id integer primary key,
    submission_id integer not null references submissions(id) on delete cascade,
    file_id integer references files(id) on delete cascade,   -- null for folder and ZIP names
    kind text not null,       -- running_header, running_footer, header, footer, footnote, endnote,
                              -- comment, text_box, properties, cover_email, file_name, folder_name, zip_name
    page integer,             -- 1-based page within its file, null when the part has none
    text text not null
);
create index notice_parts_submission on notice_parts(submission_id);
"""
