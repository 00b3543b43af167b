"""Requests not to publish or not to name, as data: the phrases of each level in five
languages, and the words that make a sentence the submitter's request about its own text.

Kept apart from lexicon.py because they are read for safety, on every page, and reviewed
on their own: a phrase missing here is a request missed.
"""
# Requests about publication. "strong" phrases are requests on their own; "weak" ones are
# words that often carry a request but also appear in ordinary text (flagged, low confidence).
CONFIDENTIALITY_CUES = {
    "do_not_publish": {
        "strong": [
            "not for publication", "not be published", "not to be published", "do not publish", "not be made public",
            "should not be made public", "not be posted", "not to be posted", "do not post", "not be placed on",
            "not for public", "not be disclosed", "submission is confidential", "input is confidential",
            "contribution is confidential", "treated as confidential", "treat this submission as confidential",
            "keep this submission confidential", "strictly confidential",
            "no publicar", "no debe publicarse", "no deberá publicarse", "no se publique", "no sea publicad*",
            "no para publicación", "no debe ser publicad*", "no hacer públic*", "tratada como confidencial",
            "es confidencial", "estrictamente confidencial",
            "ne pas publier", "ne doit pas être publié*", "ne soit pas publié*", "ne pas être publié*",
            "pas destiné* à la publication", "non destiné* à la publication", "ne pas rendre public*",
            "est confidentiel*", "strictement confidentiel*", "traitée comme confidentielle", "traité comme confidentiel",
            "não publicar", "não deve ser publicad*", "não seja publicad*", "não ser publicad*", "não se destina à publicação",
            "é confidencial", "estritamente confidencial", "tratado como confidencial", "tratada como confidencial",
            "не подлежит публикации", "не публиковать", "не для публикации", "не публиковал*", "не размещать",
            "no debe hacerse públic*", "no hacerse públic*", "de forma reservada", "carácter reservado",
            "con carácter confidencial", "à titre confidentiel", "ne doit pas être rendu* public*",
            "ne pas être rendu* public*", "não deve ser tornad* públic*", "caráter reservado", "de forma reservada",
            "не должн* быть опубликован*", "не предназначен* для публикации", "не для открытой публикации",
            "не делать публичн*", "не должн* быть обнародован*",
            "not circulate", "do not circulate", "not to be circulated", "not be circulated", "no difundir",
            "no circular", "ne pas diffuser", "ne pas faire circuler", "não difundir", "não circular",
            "не распространять", "for the use of the mandate only", "mandate's use only", "for internal use only",
            "only for the use of", "solo para uso", "sólo para uso", "uso exclusivo", "réservé à l'usage",
            "à l'usage exclusif", "apenas para uso", "para uso exclusivo", "только для использования",
            "исключительно для", "not put online", "not be put online", "not be posted online", "not online",
            "ne pas mettre en ligne", "ne pas mettre ce document en ligne", "no publicar en línea", "no subir",
            "não colocar online", "não disponibilizar", "не размещать в интернете", "не выкладывать",
            "является конфиденциальн*", "строго конфиденциальн*", "не подлежит опубликованию", "не опубликов*",
        ],
        "weak": ["confidential", "confidencial", "confidentiel", "confidentielle", "конфиденциальн*",
                 "internal use", "uso interno", "usage interne", "для служебного пользования"],
    },
    "withhold_name": {
        "strong": [
            "not be named", "not to be named", "not name us", "not name our", "do not mention the name",
            "not mention our name", "not mention the name", "not be identified", "not to be identified",
            "without attribution", "without naming", "without identifying", "without mentioning our",
            "withhold our name", "withhold the name", "name withheld", "name be withheld", "anonymously",
            "remain anonymous", "be anonymised", "be anonymized", "anonymised", "anonymized", "attribute this",
            "rather than to us", "omit our name", "not cite our name", "not cite the name",
            "no se mencione el nombre", "no mencionar el nombre", "no mencione el nombre", "sin identificar",
            "sin mencionar", "sin nombrar", "sin atribución", "de forma anónima", "de manera anónima", "anónimamente",
            "se omita el nombre", "omitir el nombre", "reserva de nuestro nombre", "reserva del nombre",
            "ne soit pas cité", "ne soit pas mentionné", "ne pas citer", "ne pas mentionner", "sans mentionner",
            "sans nommer", "sans identifier", "sans attribution", "de manière anonyme", "de façon anonyme",
            "anonymement", "sous couvert d'anonymat", "taire notre nom",
            "não seja mencionado", "não seja citado", "não mencionar", "não citar", "sem identificar", "sem mencionar",
            "sem nomear", "sem atribuição", "de forma anónima", "de forma anônima", "anonimamente",
            "omitir o nome", "não seja identificad*",
            "не упоминать", "не указывать", "без указания", "без упоминания", "анонимно", "не называть",
            "not reveal", "not disclose our", "not disclose the identity", "without revealing", "without disclosing",
            "keep our identity", "protect our identity", "withhold*", "withheld", "not attribute", "without attributing",
            "no revelar", "sin revelar", "mantener en reserva", "reserva la identidad", "reserva de la identidad",
            "reservar la identidad", "sin atribuir*", "no atribuir*", "no divulgar", "ne pas révéler", "sans révéler",
            "ne pas divulguer", "sans divulguer", "sans nous attribuer", "ne pas nous attribuer", "ne pas attribuer",
            "sans l'attribuer", "não revelar", "sem revelar", "sem atribuir", "não atribuir", "não divulgar",
            "manter em sigilo", "em sigilo", "não identificar", "не раскрывать", "не разглашать", "без ссылки на",
            "не ссылаться на", "не приписывать", "без атрибуции",
            "not our name", "but not our name", "pas notre nom", "no nuestro nombre", "pero no nuestro nombre",
            "não o nosso nome", "mas não o nosso nome", "но не наше название", "но не наше имя", "не наше название",
            "не раскрывать наз*", "не раскрывать имя", "не раскрывать нашу",
            # Keeping the name secret, in so many words.
            "keep our name secret", "keep the name secret", "keep our identity secret", "keep our name confidential",
            "keep the name confidential", "name confidential", "mantener en secreto", "guardar en secreto",
            "nombre en reserva", "nombre confidencial", "garder secret", "garder le secret", "nom confidentiel",
            "manter em segredo", "guardar segredo", "nome em sigilo", "nome confidencial",
            "сохранить в тайне", "сохранять в тайне", "держать в тайне", "оставить в тайне",
        ],
        "weak": ["anonymous", "anonyme", "anónimo", "anónima", "anônimo", "anônima", "анонимн*", "pseudonym*",
                 "for security reasons", "por razones de seguridad", "pour des raisons de sécurité",
                 "por razões de segurança", "в целях безопасности", "reprisals", "represalias", "représailles",
                 "represálias", "преследован*"],
    },
}

# Words that make a sentence a request by the submitter about its own submission.
REQUEST_WORDS = [
    "we ask", "we request", "please", "kindly", "our organisation", "our organization", "our name", "this submission",
    "this input", "this contribution", "this document", "we would", "request", "pedimos", "solicitamos", "rogamos",
    "nuestra organización", "nuestro nombre", "esta contribución", "este aporte", "este documento", "nous demandons",
    "nous prions", "notre organisation", "notre nom", "cette contribution", "ce document", "merci de", "veuillez",
    "pedimos", "solicitamos", "nossa organização", "nosso nome", "este contributo", "esta contribuição", "просим",
    "просьба", "нашей организации", "нашу организацию", "наша организация", "нашей организацией", "наше название", "настоящее представление", "эти материалы", "данный документ",
    # Obligations about the document itself are requests too ("must not be made public").
    "must not", "should not", "is not to be", "are not to be", "this information", "these materials",
    "no debe", "no deben", "no deberá", "no deberán", "esta información", "estos materiales",
    "ne doit pas", "ne doivent pas", "ne devra pas", "ne devront pas", "cette information", "ces informations",
    "não deve", "não devem", "não deverá", "não deverão", "esta informação", "estas informações",
    "не должна", "не должны", "не должно", "не должен", "не подлежит", "не подлежат", "эта информация", "данная информация",
]
