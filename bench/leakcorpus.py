"""A generated call for the leak scanner: submitters who ask not to be named, with identifiers everywhere.

    python -m bench.leakcorpus --out DIR [--private 40] [--public 20] [--seed 0] [--truth truth.json]

Every submission is a real DOCX or PDF (one file, a folder with a cover e-mail and an annex,
or a ZIP of such a folder) written in en, es, fr, pt, ru or ar. Each submitter's
identifiers are placed in the letterhead, the running header and footer, body paragraphs
(inside topic text, so they are quoted in themes), a footnote, the signature block and,
for folders and ZIPs, the cover e-mail; the file, folder and ZIP names carry the acronym or
the name. A submitter that is not public says so plainly, in its own language, in one or
two of those places.

``generate(out_dir, n_private, n_public, seed, langs)`` writes the call and returns the ground
truth: one dict per submission with ``source`` (what ingest records), ``confidentiality``
(public | withhold_name | do_not_publish), the true tags, and ``identifiers``: a list of
``{"kind", "value"}`` that must never appear in a shareable output when the submitter is not
public (kinds: name, acronym, person, email, phone, url, domain, address, file, country).
"""

import argparse
import io
import itertools
import json
import random
import re
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from corpus import generate as G
from corpus import names as N
from corpus import texts_a

LANGS = ("en", "es", "fr", "pt", "ru", "ar")
LEVELS = ("withhold_name", "withhold_name", "do_not_publish")
LAYOUTS = ("pdf", "docx", "folder", "zip")
BATCH, BATCH_STAGING = "inbox_2026-03", ".inbox_staging"
TOPICS = ("criminalisation", "gender_recognition", "violence", "health", "education", "asylum")

# ---------------------------------------------------------------- who
# Countries: (alpha3, ISO alpha-2 for phone numbers, top-level domain)
COUNTRIES = {
    "en": [
        ("KEN", "KE", "ke"),
        ("GBR", "GB", "uk"),
        ("JAM", "JM", "jm"),
        ("NGA", "NG", "ng"),
        ("PHL", "PH", "ph"),
        ("GHA", "GH", "gh"),
    ],
    "es": [
        ("PRY", "PY", "py"),
        ("COL", "CO", "co"),
        ("MEX", "MX", "mx"),
        ("PER", "PE", "pe"),
        ("GTM", "GT", "gt"),
        ("ARG", "AR", "ar"),
    ],
    "fr": [
        ("FRA", "FR", "fr"),
        ("SEN", "SN", "sn"),
        ("CMR", "CM", "cm"),
        ("HTI", "HT", "ht"),
        ("CHE", "CH", "ch"),
        ("BEL", "BE", "be"),
    ],
    "pt": [("BRA", "BR", "br"), ("PRT", "PT", "pt"), ("MOZ", "MZ", "mz"), ("AGO", "AO", "ao")],
    "ru": [
        ("RUS", "RU", "ru"),
        ("KAZ", "KZ", "kz"),
        ("KGZ", "KG", "kg"),
        ("BLR", "BY", "by"),
        ("ARM", "AM", "am"),
    ],
    "ar": [("LBN", "LB", "lb"), ("MAR", "MA", "ma"), ("TUN", "TN", "tn")],
}
CITY_AR = {"LBN": "بيروت", "MAR": "الرباط", "TUN": "تونس"}
COUNTRY_AR = {"LBN": "لبنان", "MAR": "المغرب", "TUN": "تونس"}

# Organisation names: kind word (+ its initial for the acronym), a distinctive core, a qualifier.
ORG = {
    "en": dict(
        kinds=["Alliance", "Collective", "Network", "Foundation", "Coalition"],
        cores=[
            "Ọ̀ṣun Rainbow",
            "Kẹ́mi",
            "Mwangaza",
            "Zuri-Pamoja",
            "Ṣàngó",
            "Nyòta",
            "Akwaaba-Pride",
            "Tumainì",
            "Halo-Bayanì",
            "Ìmọ́lẹ̀",
            "Sankofa-Plus",
            "Umojà",
        ],
        quals=[
            "for Queer Rights",
            "of Trans Defenders",
            "for LGBTI Equality",
            "of Lesbian Activists",
            "for Sexual Health",
        ],
    ),
    "es": dict(
        kinds=["Asociación", "Colectiva", "Fundación", "Red", "Coordinadora"],
        cores=[
            "Ñandutí",
            "Arandú",
            "Kuñá-Mbareté",
            "Yvága",
            "Mburucuyá",
            "Tekoporã",
            "Jasý Jateré",
            "Pirapó",
            "Ybytú",
            "Añá-Retã",
            "Guajú",
            "Taperé",
        ],
        quals=[
            "de Defensoras",
            "por la Diversidad Sexual",
            "Lésbico-Feminista",
            "Trans-Andina",
            "de Derechos Humanos LGBTI",
        ],
    ),
    "fr": dict(
        kinds=["Association", "Collectif", "Réseau", "Fondation", "Coordination"],
        cores=[
            "Égalité Trans",
            "Hélianthème",
            "Kôrè-Liberté",
            "Sénévé",
            "Ouélé",
            "Djéliya",
            "Aïcha-Plurielle",
            "Bélèmé",
            "Kayès-Fierté",
            "Noé-Arc-en-Ciel",
            "Tériya",
            "Yéléen",
        ],
        quals=[
            "des Défenseur·es",
            "pour l'Égalité",
            "des Personnes Trans",
            "contre l'Homophobie",
            "des Lesbiennes Solidaires",
        ],
    ),
    "pt": dict(
        kinds=["Associação", "Coletivo", "Rede", "Fundação", "Articulação"],
        cores=[
            "Jurití",
            "Açaí-Diversidade",
            "Ipê-Amarelo",
            "Xapuri",
            "Tatuapé",
            "Caiçara-Livre",
            "Maracujá",
            "Ubiratã",
            "Jacarandá",
        ],
        quals=[
            "de Defensoras Trans",
            "pela Igualdade",
            "Lésbica-Feminista",
            "de Direitos LGBTI",
            "pela Saúde Sexual",
        ],
    ),
    "ru": dict(
        kinds=["Объединение", "Фонд", "Сеть", "Ассоциация", "Центр"],
        cores=[
            "Звёздочка",
            "Алёнушка",
            "Вьюга",
            "Полынья",
            "Дождинка",
            "Ёлкино",
            "Жар-Птица",
            "Снегирёк",
            "Сирень-Радуга",
            "Ветерок",
        ],
        quals=[
            "за равноправие",
            "защитниц прав ЛГБТ",
            "трансгендерных людей",
            "против дискриминации",
            "за сексуальное здоровье",
        ],
    ),
    "ar": dict(
        kinds=["جمعية", "مؤسسة", "شبكة", "مركز"],
        cores=[
            "الياسمين",
            "السنديان",
            "الأرز",
            "قوس قزح",
            "الزيتونة",
            "النخيل",
            "البنفسج",
            "الفينيق",
        ],
        quals=["للمساواة", "لحقوق الإنسان", "للتنوع", "للصحة الجنسية"],
    ),
}
# Latin forms of the Arabic names (letterheads carry both).
AR_LATIN = {
    "kinds": ["Association", "Foundation", "Network", "Centre"],
    "cores": [
        "Al-Yasmine",
        "Al-Sindiyan",
        "Al-Arz",
        "Qaws Quzah",
        "Al-Zaytouna",
        "Al-Nakhil",
        "Al-Banafsaj",
        "Al-Finiq",
    ],
    "quals": ["for Equality", "for Human Rights", "for Diversity", "for Sexual Health"],
}

PEOPLE = {
    "en": (
        [
            "Adaeze",
            "Oluwaseun",
            "Wanjirũ",
            "Chidiebube",
            "Nnẹka",
            "Kwabena",
            "Siobhán",
            "Zoë",
            "Ngozi",
            "Tendai",
        ],
        [
            "Okonkwo-Bello",
            "Wambũi",
            "Adébáyọ̀",
            "Mensah-Asante",
            "Ó Ceallaigh",
            "Nwachukwu",
            "Otieno",
            "Baptiste",
        ],
    ),
    "es": (
        [
            "María José",
            "Ñusta",
            "Inés",
            "Begoña",
            "Raúl",
            "Jesús",
            "Ángela",
            "Noemí",
            "Iñaki",
            "Dolóres",
        ],
        [
            "Giménez Acuña",
            "Núñez",
            "Ibáñez-Ortíz",
            "Peña",
            "Zúñiga",
            "Benítez",
            "Cáceres",
            "Quiñónez",
            "Ayala Ríos",
        ],
    ),
    "fr": (
        [
            "Aminata",
            "Éloïse",
            "Anaïs",
            "Jérôme",
            "Hélène",
            "Gaëlle",
            "Noël",
            "Clément",
            "Adèle",
            "Maëva",
        ],
        [
            "Diène-Sarr",
            "Lefèvre",
            "N'Diaye",
            "Bérenger",
            "Côté",
            "Kouamé",
            "Ouédraogo",
            "Desmoulins-Thiéry",
        ],
    ),
    "pt": (
        ["Conceição", "João", "Lúcia", "Iara", "Tânia", "Fábio", "Joaquim", "Glória", "Raíssa"],
        [
            "Gonçalves",
            "Magalhães",
            "Araújo",
            "Conceição-Lima",
            "Simões",
            "Assunção",
            "Brandão",
            "Falcão",
        ],
    ),
    "ru": (
        ["Алёна", "Фёдор", "Дарья", "Семён", "Ксения", "Пётр", "Олеся", "Артём"],
        [
            "Фёдорова",
            "Ковалёв",
            "Соловьёва",
            "Шевчук",
            "Берёзкина",
            "Чернышёв",
            "Кузнецова",
            "Алиева",
        ],
    ),
    "ar": (
        ["ليلى", "رامي", "سلمى", "يوسف", "نادين", "كريم", "هالة", "طارق"],
        ["حداد", "الخوري", "بن علي", "الشامي", "عيسى", "التونسي", "المصري", "نصر الله"],
    ),
}
AR_PEOPLE_LATIN = (
    ["Leila", "Rami", "Salma", "Youssef", "Nadine", "Karim", "Hala", "Tarek"],
    ["Haddad", "El-Khoury", "Ben Ali", "Chami", "Issa", "Tounsi", "Masri", "Nasrallah"],
)

STREETS = {
    "en": [
        "Ngong Road",
        "Adeola Odeku Street",
        "Old Hope Road",
        "Kenyatta Avenue",
        "Osu Badu Street",
        "Katipunan Avenue",
    ],
    "es": [
        "Avenida Mariscal López",
        "Calle Teniente Fariña",
        "Jirón Ucayali",
        "Calle Núñez de Balboa",
        "Avenida Eusebio Ayala",
        "Carrera Séptima",
    ],
    "fr": [
        "Rue de l'Église",
        "Boulevard Général-de-Gaulle",
        "Avenue Cheikh Anta Diop",
        "Rue Félix-Éboué",
        "Rue Léopold-Sédar-Senghor",
        "Impasse des Hérons",
    ],
    "pt": [
        "Rua Conceição Veloso",
        "Avenida Paulista",
        "Rua São João",
        "Travessa da Glória",
        "Avenida Eduardo Mondlane",
    ],
    "ru": [
        "улица Лётчиков",
        "проспект Мира",
        "улица Чернышёвского",
        "Садовая улица",
        "улица Алёхина",
    ],
    "ar": ["شارع الحمراء", "شارع محمد الخامس", "شارع الحبيب بورقيبة", "شارع بلس"],
}

# ---------------------------------------------------------------- what they write
T = {
    "en": dict(
        what="a community-based organisation",
        title="Submission to the call for inputs of the Independent Expert on "
        "sexual orientation and gender identity",
        withhold=[
            "Please do not publish our name.",
            "We ask that our organisation is not named in any public report.",
        ],
        dnp=[
            "This submission is confidential.",
            "This submission is confidential: please do not publish it.",
        ],
        intro="The {name} ({acr}) is {what} founded in {year} in {city}.",
        acr_use="Since {year}, {acr} has documented {n} cases in the areas where it works.",
        contact="For further information, please contact {contact}, our coordinator, at {email} or on {phone_nat}.",
        web="Our full reports are available at {url}.",
        address="Our office at {street} in {city} was attacked twice during the last year.",
        upper="As {upper}, we urge the authorities to act on these findings without delay.",
        signoff="Yours sincerely,",
        role="Executive Director",
        tel="Tel.",
        subject="Submission of {acr} to the call for inputs",
        dear="Dear Independent Expert,",
        mail="Please find attached the submission of the {name} to your call for inputs.",
        footnote="See {acr}, Annual Report {year}, {url}/reports; contact: {email2}.",
    ),
    "es": dict(
        what="una organización de base comunitaria",
        title="Contribución al llamado del Experto Independiente sobre "
        "orientación sexual e identidad de género",
        withhold=[
            "Por favor, no publiquen nuestro nombre.",
            "Solicitamos que el nombre de nuestra organización no se publique.",
        ],
        dnp=[
            "Esta contribución es confidencial.",
            "Esta contribución es confidencial; les rogamos no publicarla.",
        ],
        intro="La {name} ({acr}) es {what} fundada en {year} en {city}.",
        acr_use="Desde {year}, la {acr} ha documentado {n} casos en las zonas donde trabaja.",
        contact="Para más información, pueden contactar a {contact}, nuestra coordinadora, en {email} o al {phone_nat}.",
        web="Nuestros informes completos están disponibles en {url}.",
        address="Nuestra oficina de {street}, en {city}, fue atacada dos veces el último año.",
        upper="Como {upper}, instamos a las autoridades a actuar sin demora.",
        signoff="Atentamente,",
        role="Directora Ejecutiva",
        tel="Tel.",
        subject="Contribución de {acr} al llamado",
        dear="Estimado Experto Independiente:",
        mail="Adjuntamos la contribución de la {name} a su llamado.",
        footnote="Véase {acr}, Informe anual {year}, {url}/informes; contacto: {email2}.",
    ),
    "fr": dict(
        what="une organisation communautaire",
        title="Contribution à l'appel de l'Expert indépendant sur "
        "l'orientation sexuelle et l'identité de genre",
        withhold=[
            "Merci de ne pas publier notre nom.",
            "Nous demandons que le nom de notre organisation ne soit pas publié.",
        ],
        dnp=[
            "Cette contribution est confidentielle.",
            "Cette contribution est confidentielle : merci de ne pas la publier.",
        ],
        intro="L'{name} ({acr}) est {what} fondée en {year} à {city}.",
        acr_use="Depuis {year}, l'{acr} a documenté {n} cas dans les régions où elle travaille.",
        contact="Pour plus d'informations, veuillez contacter {contact}, notre coordinatrice, à {email} ou au {phone_nat}.",
        web="Nos rapports complets sont disponibles sur {url}.",
        address="Notre bureau, {street} à {city}, a été attaqué deux fois l'an dernier.",
        upper="En tant que {upper}, nous exhortons les autorités à agir sans délai.",
        signoff="Cordialement,",
        role="Directrice exécutive",
        tel="Tél.",
        subject="Contribution de l'{acr} à l'appel",
        dear="Monsieur l'Expert indépendant,",
        mail="Veuillez trouver ci-joint la contribution de l'{name} à votre appel.",
        footnote="Voir {acr}, Rapport annuel {year}, {url}/rapports ; contact : {email2}.",
    ),
    "pt": dict(
        what="uma organização comunitária",
        title="Contributo para o pedido do Perito Independente sobre orientação "
        "sexual e identidade de género",
        withhold=[
            "Por favor, não publiquem o nosso nome.",
            "Pedimos que o nome da nossa organização não seja publicado.",
        ],
        dnp=[
            "Este contributo é confidencial.",
            "Este contributo é confidencial: pedimos que não seja publicado.",
        ],
        intro="A {name} ({acr}) é {what} fundada em {year} em {city}.",
        acr_use="Desde {year}, a {acr} documentou {n} casos nas regiões onde atua.",
        contact="Para mais informações, contacte {contact}, a nossa coordenadora, pelo e-mail {email} ou pelo {phone_nat}.",
        web="Os nossos relatórios completos estão disponíveis em {url}.",
        address="O nosso escritório na {street}, em {city}, foi atacado duas vezes no último ano.",
        upper="Como {upper}, instamos as autoridades a agir sem demora.",
        signoff="Atenciosamente,",
        role="Diretora Executiva",
        tel="Tel.",
        subject="Contributo da {acr} para o pedido",
        dear="Exmo. Senhor Perito Independente,",
        mail="Segue em anexo o contributo da {name} para o seu pedido.",
        footnote="Ver {acr}, Relatório anual {year}, {url}/relatorios; contacto: {email2}.",
    ),
    "ru": dict(
        what="общественная организация",
        title="Материалы для Независимого эксперта по вопросам сексуальной ориентации "
        "и гендерной идентичности",
        withhold=[
            "Просим не публиковать название нашей организации.",
            "Пожалуйста, не указывайте наше имя в публичных документах.",
        ],
        dnp=[
            "Данное представление является конфиденциальным.",
            "Это представление конфиденциально, просим его не публиковать.",
        ],
        intro="{name} ({acr}) — {what}, основанная в {year} году в городе {city}.",
        acr_use="С {year} года {acr} задокументировала {n} случаев в регионах своей работы.",
        contact="За дополнительной информацией обращайтесь к координатору {contact}: {email}, тел. {phone_nat}.",
        web="Наши полные доклады опубликованы на сайте {url}.",
        address="Наш офис по адресу {street} в городе {city} дважды подвергался нападениям в прошлом году.",
        upper="Как {upper}, мы призываем власти действовать без промедления.",
        signoff="С уважением,",
        role="Директор",
        tel="Тел.",
        subject="Материалы {acr} для Независимого эксперта",
        dear="Уважаемый Независимый эксперт!",
        mail="Направляем вам материалы организации «{name}».",
        footnote="См. {acr}, Годовой доклад {year}, {url}/reports; контакт: {email2}.",
    ),
    "ar": dict(
        what="منظمة مجتمعية",
        title="مساهمة في دعوة الخبير المستقل المعني بالتوجه الجنسي والهوية الجنسانية",
        withhold=["يرجى عدم نشر اسم منظمتنا.", "نطلب عدم ذكر اسم منظمتنا في أي تقرير علني."],
        dnp=["هذه المساهمة سرية.", "هذه المساهمة سرية، ونرجو عدم نشرها."],
        intro="{name} ({acr}) هي {what} تأسست عام {year} في {city}.",
        acr_use="منذ عام {year} وثقت {acr} {n} حالة في المناطق التي تعمل فيها.",
        contact="لمزيد من المعلومات يرجى التواصل مع {contact} على {email} أو على الرقم {phone_nat}.",
        web="تقاريرنا الكاملة متاحة على {url}.",
        address="تعرض مكتبنا في {street} في {city} للهجوم مرتين خلال العام الماضي.",
        upper="بصفتنا {upper}، نحث السلطات على التحرك دون تأخير.",
        signoff="مع خالص التحية،",
        role="المديرة التنفيذية",
        tel="هاتف",
        subject="مساهمة {acr} في الدعوة",
        dear="السيد الخبير المستقل المحترم،",
        mail="نرفق طيه مساهمة {name}.",
        footnote="انظر {acr}، التقرير السنوي {year}، {url}/reports؛ للتواصل: {email2}.",
    ),
}

AR_TOPICS = [
    "لا تزال العلاقات المثلية بالتراضي بين البالغين مجرمة بموجب قانون العقوبات، وتستخدم الشرطة هذه المواد لاحتجاز الناس.",
    "وثقنا {n} حالة اعتداء جسدي على أشخاص من مجتمع الميم منذ عام {year}، ولم يحاسب أي من المعتدين.",
    "لا يستطيع الأشخاص العابرون تغيير بيانات الجنس في وثائقهم الرسمية إلا بأمر من المحكمة بعد فحوص طبية مهينة.",
    "يواجه الشباب التنمر في المدارس، وقال {pct} في المئة من المشاركين في استطلاعنا إنهم تركوا الدراسة بسبب ذلك.",
    "يتعرض طالبو اللجوء من مجتمع الميم للعنف في مراكز الاستقبال ولا تتوفر لهم حماية خاصة.",
    "تحرم المراكز الصحية العامة كثيرا من الأشخاص من العلاج بسبب توجههم الجنسي أو هويتهم الجنسانية.",
    "نوصي بإلغاء جميع المواد التي تجرم العلاقات بالتراضي وبإنشاء آلية مستقلة لتلقي الشكاوى.",
    "تفتقر الدولة إلى بيانات رسمية عن العنف القائم على التوجه الجنسي، مما يجعل الضحايا غير مرئيين.",
    "في عام {year} اعتقلت الشرطة {n} شخصا خلال تجمع سلمي وصادرت هواتفهم.",
    "تمارس بعض العائلات ضغوطا شديدة على أبنائها، بما في ذلك الزواج القسري والحبس في المنزل.",
]


# ---------------------------------------------------------------- helpers
def fold(text):
    """Accents off (NFKD, combining marks dropped), case folded."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()


CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
    )
)


def ascii_slug(text, sep=""):
    """Lower-case ASCII letters and digits (Cyrillic transliterated), runs of others as ``sep``."""
    latin = "".join(CYRILLIC.get(c, c) for c in text.lower())
    return re.sub(r"[^a-z0-9]+", sep, fold(latin)).strip(sep)


def plain_upper(text):
    """The name without accents, in capitals (as some letterheads and footers print it)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).upper()


def phone_numbers(rng, region, used):
    """A valid mobile or fixed number of ``region``: (national format, international format, digits)."""
    import phonenumbers as pn

    kind = rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
    example = pn.example_number_for_type(region, kind) or pn.example_number_for_type(
        region, pn.PhoneNumberType.MOBILE
    )
    digits = str(example.national_number)
    for _ in range(500):
        keep = max(2, len(digits) - 6)
        candidate = digits[:keep] + "".join(
            rng.choice("0123456789") for _ in range(len(digits) - keep)
        )
        number = pn.parse("+" + str(example.country_code) + candidate)
        if (
            pn.is_valid_number(number)
            and len(candidate) >= 7
            and not any(candidate in other or other in candidate for other in used)
        ):
            used.add(candidate)
            return (
                pn.format_number(number, pn.PhoneNumberFormat.NATIONAL),
                pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL),
                candidate,
            )
    raise RuntimeError(f"no valid phone number for {region}")


def country_label(a3, lang):
    if lang == "ar":
        return COUNTRY_AR[a3]
    return N.country_name(a3, lang, article=False)


def city_label(a3, lang):
    if lang == "ar":
        return CITY_AR[a3]
    return N.city(a3, lang)


# ---------------------------------------------------------------- planning
def plan(n_private, n_public, seed=0, langs=LANGS):
    rng = random.Random(f"leaks-{seed}")
    levels = [LEVELS[i % len(LEVELS)] for i in range(n_private)] + ["public"] * n_public
    rng.shuffle(levels)
    pools = {
        lang: dict(
            cores=rng.sample(range(len(ORG[lang]["cores"])), len(ORG[lang]["cores"])),
            people=[p for p in itertools.product(*PEOPLE[lang])],
        )
        for lang in langs
    }
    for lang in langs:
        rng.shuffle(pools[lang]["people"])
    used_phones, used_acr, used_streets, subs = set(), set(), set(), []
    layouts_used = {}
    latin_people = list(itertools.product(*AR_PEOPLE_LATIN))
    rng.shuffle(latin_people)
    for i, level in enumerate(levels):
        lang = langs[i % len(langs)]
        if not pools[lang]["cores"]:
            lang = next(l for l in langs if pools[l]["cores"])
        org = ORG[lang]
        core_i = pools[lang]["cores"].pop()
        kind_i, qual_i = rng.randrange(len(org["kinds"])), rng.randrange(len(org["quals"]))
        core, kind, qual = org["cores"][core_i], org["kinds"][kind_i], org["quals"][qual_i]
        name = f"{kind} {core} {qual}"
        latin = None
        if lang == "ar":
            latin = f"{AR_LATIN['kinds'][kind_i]} {AR_LATIN['cores'][core_i]} {AR_LATIN['quals'][qual_i]}"
        acr_source = latin or name
        words = [w for w in re.findall(r"[^\W\d_]+", fold(acr_source)) if len(w) > 3]
        acr = (
            ascii_slug(acr_source.split()[0])[:1]
            + ascii_slug(core if not latin else AR_LATIN["cores"][core_i]).removeprefix("al")[:3]
            + (words[-1][:2] if words else "x")
        ).upper()
        if lang == "ru":
            acr = (
                "".join(w[0] for w in name.split() if len(w) > 2).upper() + fold(core)[1:3].upper()
            )
        while acr in used_acr:
            acr += rng.choice("KXZQ")
        used_acr.add(acr)
        a3, region2, tld = rng.choice(COUNTRIES[lang])
        people = pools[lang]["people"]
        signer, contact = " ".join(people.pop()), " ".join(people.pop())
        signer_latin = contact_latin = None
        if lang == "ar":
            signer_latin, contact_latin = " ".join(latin_people.pop()), " ".join(latin_people.pop())
        a = ascii_slug(acr)
        domain = rng.choice(
            [
                f"{a}.org.{tld}",
                f"{ascii_slug(core if not latin else AR_LATIN['cores'][core_i], '-')}-{tld}.org",
                f"{a}-{tld}.net",
            ]
        )
        latin_signer = signer_latin or signer
        latin_contact = contact_latin or contact
        email = f"{ascii_slug(latin_signer.split()[0])[:1]}.{ascii_slug(latin_signer.split()[-1])}@{domain}"
        email2 = f"{ascii_slug(latin_contact.split()[0])}@{domain}"
        info = f"{rng.choice(['info', 'contacto', 'contact', 'secretariat'])}@{domain}"
        nat, intl, digits = phone_numbers(rng, region2, used_phones)
        nat2, intl2, digits2 = phone_numbers(rng, region2, used_phones)
        street = f"{rng.choice(STREETS[lang])} {rng.randint(12, 2999)}"
        while street in used_streets:
            street = f"{rng.choice(STREETS[lang])} {rng.randint(12, 2999)}"
        used_streets.add(street)
        stype = rng.choice(["civil_society"] * 5 + ["academic", "faith_based"])
        layout = LAYOUTS[(layouts_used.get(lang, 0) + langs.index(lang)) % len(LAYOUTS)]
        layouts_used[lang] = layouts_used.get(lang, 0) + 1
        if lang == "ar" and layout == "pdf":
            layout = "docx"  # reportlab does not shape Arabic: Arabic PDFs would not hold real text
        subs.append(
            dict(
                index=i,
                lang=lang,
                level=level,
                name=name,
                latin=latin,
                acr=acr,
                core=core,
                country=a3,
                region=N.COUNTRIES[a3]["group"],
                scope="national",
                submitter_type=stype,
                signer=signer,
                signer_latin=signer_latin,
                contact=contact,
                contact_latin=contact_latin,
                email=email,
                email2=email2,
                info=info,
                domain=domain,
                url=f"https://www.{domain}",
                phone_nat=nat,
                phone_intl=intl,
                phone2_nat=nat2,
                phone2_intl=intl2,
                digits=[digits, digits2],
                street=street,
                layout=layout,
                topics=rng.sample(TOPICS, 3),
                year=rng.randint(2005, 2019),
                places=_request_places(rng, level, layout),
            )
        )
    zipped = [s for s in subs if s["layout"] == "zip"]
    if (
        len(zipped) == 1
    ):  # a batch ZIP of one folder would be looked through: its files would come apart
        zipped[0]["layout"] = "folder"
    return subs


def _request_places(rng, level, layout):
    if level == "public":
        return []
    options = ["top", "header", "footer", "footnote", "end", "body"] + (
        ["email", "email"] if layout in ("folder", "zip") else []
    )
    return rng.sample(options, rng.choice([1, 1, 2]))


# ---------------------------------------------------------------- documents
def _fields(sub):
    return dict(
        name=sub["name"],
        acr=sub["acr"],
        what=T[sub["lang"]]["what"],
        year=sub["year"],
        city=city_label(sub["country"], sub["lang"]),
        contact=sub["contact"],
        email=sub["email"],
        email2=sub["email2"],
        phone_nat=sub["phone_nat"],
        url=sub["url"],
        street=sub["street"],
        upper=plain_upper(sub["name"]),
        n=37 + sub["index"],
    )


def _topic_paragraphs(sub, rng, k):
    lang = sub["lang"]
    if lang == "ar":
        return [
            " ".join(
                s.format(
                    n=rng.randint(4, 240), year=rng.randint(2012, 2022), pct=rng.randint(12, 78)
                )
                for s in rng.sample(AR_TOPICS, 3)
            )
            for _ in range(k)
        ]
    filler = G.Filler(rng, {"lang": lang, "country": sub["country"], "short": sub["acr"]}, texts_a)
    return [filler.paragraph(sub["topics"][j % len(sub["topics"])]) for j in range(k)]


def request_text(sub, rng):
    return rng.choice(T[sub["lang"]]["withhold" if sub["level"] == "withhold_name" else "dnp"])


def main_document(sub, rng):
    """The submission itself: blocks, running header and footer, the footnote."""
    t, f, lang = T[sub["lang"]], _fields(sub), sub["lang"]
    request = request_text(sub, rng) if sub["places"] else ""
    at = set(sub["places"])
    letterhead = sub["name"] if not sub["latin"] else f"{sub['name']} — {sub['latin']}"
    blocks = [
        ("letterhead", letterhead),
        ("small", f"{sub['street']}, {f['city']}, {country_label(sub['country'], lang)}"),
        ("small", f"{t['tel']} {sub['phone_intl']} · {sub['info']} · www.{sub['domain']}"),
    ]
    if "top" in at:
        blocks.append(("bold", request))
    blocks.append(("title", t["title"]))
    paras = _topic_paragraphs(sub, rng, 9)
    intro = t["intro"].format(**f) + (" " + request if "body" in at else "")
    blocks.append(("para", intro + " " + paras[0]))
    inserts = [t["acr_use"], t["contact"], t["web"], t["address"], t["upper"]]
    for j, para in enumerate(paras[1:], 1):
        text = para
        if j <= len(inserts):
            sentence = inserts[j - 1].format(**f)
            text = f"{sentence} {para}" if j % 2 else f"{para} {sentence}"
        blocks.append(("para", text + (" ¹" if j == 2 else "")))
        if j in (3, 6):
            blocks.append(("pagebreak", ""))
    if "end" in at:
        blocks.append(("bold", request))
    blocks.append(
        (
            "signature",
            [
                t["signoff"],
                sub["signer"],
                t["role"],
                sub["name"],
                sub["email"],
                f"{t['tel']} {sub['phone2_intl']}",
            ],
        )
    )
    footnote = "¹ " + t["footnote"].format(**f) + (" " + request if "footnote" in at else "")
    header = f"{sub['acr']} — {sub['name']}" + (f" — {request}" if "header" in at else "")
    footer = (
        f"{plain_upper(sub['name'])} · {sub['street']} · {sub['phone_intl']} · {sub['domain']}"
        + (f" · {request}" if "footer" in at else "")
    )
    return dict(blocks=blocks, header=header, footer=footer, footnote=footnote, lang=lang)


def cover_email(sub, rng):
    """A cover e-mail printed to a document: headers, a few lines, the signature."""
    t, lang = T[sub["lang"]], sub["lang"]
    signer = sub["signer_latin"] or sub["signer"]
    lines = [
        f"From: {signer} <{sub['email']}>",
        "To: Independent Expert SOGI <ie-sogi@un.org>",
        f"Cc: {sub['contact_latin'] or sub['contact']} <{sub['email2']}>",
        f"Subject: {t['subject'].format(acr=sub['acr'])}",
        "Date: 14 March 2026",
    ]
    body = [t["dear"], t["mail"].format(name=sub["name"])]
    if "email" in sub["places"]:
        body.append(request_text(sub, rng))
    body += [
        t["signoff"],
        sub["signer"],
        f"{t['role']}, {sub['name']} ({sub['acr']})",
        sub["phone_nat"],
        sub["url"],
    ]
    return dict(
        blocks=[("small", x) for x in lines] + [("para", x) for x in body],
        header=None,
        footer=None,
        footnote=None,
        lang=lang,
    )


def write_pdf(path, doc, rng):
    sub = {"lang": doc["lang"]}
    blocks = [(k, p) for k, p in doc["blocks"] if k != "pagebreak"]
    if doc.get("footnote"):
        blocks.append(("footnote", doc["footnote"]))
    footer = (doc["footer"] + " — {p}/{n}") if doc.get("footer") else None
    G.render_pdf(
        path, blocks, sub, rng, {"dejavu": True, "header": doc.get("header"), "footer": footer}
    )


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_footnote(document, paragraph, text):
    """A real Word footnote (word/footnotes.xml) referenced from ``paragraph``."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    xml = (
        f'<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )


def write_docx(path, doc, rng):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.author = ""
    section = document.sections[0]
    if doc.get("header"):
        section.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        section.footer.paragraphs[0].text = doc["footer"]
    for kind, payload in doc["blocks"]:
        if kind == "letterhead":
            run = document.add_paragraph().add_run(payload)
            run.bold, run.font.size = True, Pt(20)
        elif kind == "title":
            document.add_heading(payload, level=1)
        elif kind == "bold":
            document.add_paragraph().add_run(payload).bold = True
        elif kind == "small":
            document.add_paragraph().add_run(payload).font.size = Pt(9)
        elif kind == "pagebreak":
            document.add_page_break()
        elif kind == "signature":
            for line in payload:
                document.add_paragraph(line)
        else:
            text = payload
            if text.endswith(" ¹") and doc.get("footnote"):
                _add_footnote(
                    document, document.add_paragraph(text[:-2]), doc["footnote"].removeprefix("¹ ")
                )
                continue
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    Path(path).write_bytes(G._stable_zip(buffer.getvalue()))


def write_doc(path, doc, rng):
    (write_pdf if path.suffix == ".pdf" else write_docx)(path, doc, rng)


def write_submission(out, sub, rng):
    """Write one submission's files; return (source, [file and folder base names])."""
    acr, lang = sub["acr"], sub["lang"]
    ext = "docx" if lang == "ar" else None
    name_slug = ascii_slug(sub["latin"] or sub["name"], "_")
    if sub["layout"] in ("pdf", "docx"):
        stem = rng.choice(
            [f"{acr}_submission_2026", f"{name_slug}_IE_SOGI", f"Input {acr} - IE SOGI"]
        )
        path = out / f"{stem}.{ext or sub['layout']}"
        write_doc(path, main_document(sub, rng), rng)
        return path.name, [stem]
    folder_name = rng.choice(
        [
            f"{acr} - {N.country_name(sub['country'], 'en', article=False)}",
            f"{name_slug}_submission",
        ]
    )
    annex_stem = f"{acr}_annex_report_2026"
    cover_ext = ext or rng.choice(["pdf", "docx"])
    annex_ext = ext or rng.choice(["pdf", "docx"])
    if sub["layout"] == "folder":
        folder = out / folder_name
        folder.mkdir(parents=True)
        write_doc(folder / f"cover_email.{cover_ext}", cover_email(sub, rng), rng)
        write_doc(folder / f"{annex_stem}.{annex_ext}", main_document(sub, rng), rng)
        return folder_name, [folder_name, annex_stem]
    # "zip": the folder sends its annex as a ZIP, and the folder itself arrives inside the batch ZIP.
    folder = out / BATCH_STAGING / folder_name
    folder.mkdir(parents=True)
    zip_stem = f"{acr}_annexes"
    write_doc(folder / f"cover_email.{cover_ext}", cover_email(sub, rng), rng)
    annex = folder / f"{annex_stem}.{annex_ext}"
    write_doc(annex, main_document(sub, rng), rng)
    with zipfile.ZipFile(folder / f"{zip_stem}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(annex, annex.name)
    annex.unlink()
    return f"{BATCH}.zip/{folder_name}", [folder_name, zip_stem, annex_stem]


def zip_batch(out):
    """The folders written for the "zip" layout, as one batch ZIP (two or more folders, so none is looked through)."""
    staging = out / BATCH_STAGING
    if not staging.exists():
        return
    with zipfile.ZipFile(out / f"{BATCH}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(staging.rglob("*")):
            if path.is_file():
                archive.write(path, str(path.relative_to(staging)))
    import shutil

    shutil.rmtree(staging)


def identifiers(sub, files):
    """What must never appear in a shareable output when this submitter is not public."""
    ids = [("name", sub["name"]), ("name", plain_upper(sub["name"])), ("acronym", sub["acr"])]
    if sub["latin"]:
        ids.append(("name", sub["latin"]))
    for person in (sub["signer"], sub["contact"], sub["signer_latin"], sub["contact_latin"]):
        if person:
            ids.append(("person", person))
    ids += [("email", e) for e in (sub["email"], sub["email2"], sub["info"])]
    ids += [("phone", d) for d in sub["digits"]]
    ids += [("url", sub["url"]), ("domain", sub["domain"]), ("address", sub["street"])]
    ids += [("file", stem) for stem in files]
    ids.append(("country", sub["country"]))
    seen, out = set(), []
    for kind, value in ids:
        if (kind, fold(value)) not in seen:
            seen.add((kind, fold(value)))
            out.append({"kind": kind, "value": value})
    return out


def generate(out_dir, n_private=40, n_public=20, seed=0, langs=LANGS):
    """Write the call into ``out_dir``; return the ground truth (a list of dicts, one per submission)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    truth = []
    for sub in plan(n_private, n_public, seed, tuple(langs)):
        rng = random.Random(f"leaks-{seed}-{sub['index']}")
        source, files = write_submission(out, sub, rng)
        truth.append(
            {
                "source": source,
                "confidentiality": sub["level"],
                "layout": sub["layout"],
                "request_at": sub["places"],
                "tags": {
                    "submitter": sub["name"],
                    "submitter_type": sub["submitter_type"],
                    "country": sub["country"],
                    "region": sub["region"],
                    "scope": sub["scope"],
                    "language": sub["lang"],
                    "confidentiality": sub["level"],
                },
                "identifiers": identifiers(sub, files),
            }
        )
    zip_batch(out)
    return truth


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--private", type=int, default=40)
    ap.add_argument("--public", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--truth", help="where to write the ground truth (JSON; default: print a summary only)"
    )
    a = ap.parse_args(argv)
    truth = generate(a.out, a.private, a.public, a.seed)
    if a.truth:
        Path(a.truth).write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print(
        f"wrote {len(truth)} submissions ({sum(t['confidentiality'] != 'public' for t in truth)} not public) to {a.out}"
    )


if __name__ == "__main__":
    main()
