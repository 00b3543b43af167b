"""E-mails: an .eml file read as a document, and any file that is a printed e-mail.

A cover e-mail is where a submitter often writes "please do not publish": its headers and
its plain body become a ``cover_email`` notice part (the stdlib ``email`` package parses it).
"""

import email
import re
from email import policy
from html.parser import HTMLParser

from ..errors import CorruptDocument, EmptyDocument
from . import ExtractedFile

HEADERS = ("From", "To", "Cc", "Subject")
HEADER_LINES = 15  # an e-mail's header block sits in the first lines of page 1
FROM_LABELS = r"from|de|von|от|发件人|من"
OTHER_LABELS = (
    r"to|sent|cc|subject|date|para|enviado|enviada|asunto|assunto|fecha|data|à|a|envoyé|objet|an|"
    r"gesendet|betreff|datum|кому|отправлено|тема|дата|收件人|主题|发送时间|日期|إلى|الموضوع|التاريخ"
)
FROM_LINE = re.compile(rf"^\s*({FROM_LABELS})\s*[:：]\s*\S", re.IGNORECASE)
OTHER_LINE = re.compile(rf"^\s*({OTHER_LABELS})\s*[:：]\s*\S", re.IGNORECASE)


def extract_eml(data, name):
    """An .eml file: headers and plain body as one page, and the same as a cover_email part."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        head = [f"{h}: {message[h]}" for h in HEADERS if message[h]]
        body = _body(message)
        attached = [
            part.get_filename() for part in message.iter_attachments() if part.get_filename()
        ]
    except (LookupError, ValueError, TypeError, AttributeError, UnicodeError) as error:
        raise CorruptDocument(
            f"{name}: the e-mail cannot be read ({error}): save it again as .eml, or as PDF"
        ) from None
    if attached:
        head.append("Attachments: " + ", ".join(attached))
    text = "\n".join(head) + "\n\n" + body.strip()
    if not body.strip() and not head:
        raise EmptyDocument(f"{name}: the e-mail has no text: check that it is the right file")
    pages = [page.strip("\n") for page in text.split("\f")]
    return ExtractedFile(format="eml", pages=pages, parts=[("cover_email", 1, text)])


def _body(message):
    """The plain-text body, or the HTML body as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if part.get_content_subtype() == "html":
        return html_text(content)
    return content


class _TextOnly(HTMLParser):
    SKIP = {"script", "style", "head"}
    BREAKS = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self.SKIP
        if tag in self.BREAKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        self.skipping -= tag in self.SKIP and self.skipping > 0

    def handle_data(self, data):
        if not self.skipping:
            self.chunks.append(data)


def html_text(html):
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.chunks))


def looks_like_email(text):
    """A page that opens with an e-mail's header block (From: … To:/Subject: …), in any of
    the supported languages: a cover e-mail printed to PDF, pasted into Word or a .txt."""
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_LINES]
    return any(FROM_LINE.match(line) for line in lines) and any(
        OTHER_LINE.match(line) for line in lines
    )


def email_parts(extracted):
    """A cover_email part for a non-.eml file whose first page is an e-mail."""
    if extracted.format == "eml" or not extracted.pages or not looks_like_email(extracted.pages[0]):
        return []
    return [("cover_email", 1, extracted.pages[0])]
