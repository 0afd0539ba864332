namespace GutAusgestattet.Surveys.Surveys;

/// <summary>
/// The standard multilocal-needs questionnaire every survey starts from (step 1 of the measure).
/// Its questions map onto demand items; planners add their own questions after them.
/// </summary>
public static class SurveyTemplate
{
    /// <summary>"2026-2": the consent became explicit for care-need data (Art. 9(2)(a) GDPR), voluntary and withdrawable.</summary>
    public const string ConsentVersion = "2026-2";

    public static readonly IReadOnlyList<string> RequiredLanguages = ["de", "en"];

    /// <summary>
    /// What a new survey is offered in: German first, then the languages most Incomings and their
    /// families read (English, Turkish, Arabic, Ukrainian, Polish, Russian). A planner may remove all but <see cref="RequiredLanguages"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "tr", "ar", "uk", "pl", "ru"];

    public static readonly IReadOnlyList<string> HouseholdTypes = ["incoming", "outgoing", "both", "other"];

    public static readonly IReadOnlyList<string> AgeBands = ["0-2", "3-5", "6-9", "10-13", "14-17", "18-64", "65-79", "80+"];

    public static readonly IReadOnlyList<string> Urgencies = ["immediate", "withinThreeMonths", "withinYear", "later"];

    public static readonly IReadOnlyList<string> MetToday = ["notMet", "partly", "family", "private", "publicOffer"];

    /// <summary>Questions of the template that every version keeps, with the type each must keep.</summary>
    public static readonly IReadOnlyDictionary<string, string> StandardQuestions = new Dictionary<string, string>
    {
        ["householdType"] = "householdType",
        ["areaCode"] = "area",
        ["awayDays"] = "awayDays",
        ["needs"] = "needs",
        ["languages"] = "languages",
    };

    /// <summary>Questions that an answer cannot leave out, whatever the planner sets.</summary>
    public static readonly IReadOnlySet<string> AlwaysRequired = new HashSet<string> { "householdType", "areaCode", "needs" };

    /// <summary>One text in every language of <see cref="Languages"/>, in that order.</summary>
    private static Dictionary<string, string> T(string de, string en, string tr, string ar, string uk, string pl, string ru) =>
        new() { ["de"] = de, ["en"] = en, ["tr"] = tr, ["ar"] = ar, ["uk"] = uk, ["pl"] = pl, ["ru"] = ru };

    /// <summary>A new draft of the template, offered in all <see cref="Languages"/>.</summary>
    /// <param name="title">The planner's title (language code → text); the template's when null.</param>
    /// <param name="responsible">Who is responsible for the processing; needed before publishing.</param>
    public static SurveyDefinition Create(Dictionary<string, string>? title = null, Responsible? responsible = null) => new(
        title ?? T(
            "Bedarfserhebung: Betreuung für multilokale Haushalte",
            "Needs survey: care for multilocal households",
            "İhtiyaç anketi: Birden fazla yerde yaşayan haneler için bakım",
            "استبيان الاحتياجات: الرعاية للأسر التي تعيش في أكثر من مكان",
            "Опитування про потреби: догляд для домогосподарств, які живуть у кількох місцях",
            "Badanie potrzeb: opieka dla gospodarstw domowych mieszkających w kilku miejscach",
            "Опрос о потребностях: уход для домохозяйств, живущих в нескольких местах"),
        [.. Languages],
        new ConsentText(ConsentVersion, Consent),
        [
            new Question("householdType", "householdType", true,
                T("Wie lebt Ihr Haushalt an mehreren Orten?",
                    "How does your household live in more than one place?",
                    "Haneniz birden fazla yerde nasıl yaşıyor?",
                    "كيف تعيش أسرتكم في أكثر من مكان؟",
                    "Як ваше домогосподарство живе в кількох місцях?",
                    "Jak Państwa gospodarstwo domowe żyje w kilku miejscach?",
                    "Как ваше домохозяйство живёт в нескольких местах?"),
                [
                    new Choice("incoming", T("Zugezogen zur Arbeit (Familie folgt oder pendelt)",
                        "Moved here for work (family follows or commutes)",
                        "İş için buraya taşındı (aile sonradan geliyor ya da gidip geliyor)",
                        "انتقل إلى هنا من أجل العمل (العائلة ستلحق به أو تتنقل ذهابًا وإيابًا)",
                        "Переїхали сюди через роботу (родина приїде пізніше або їздить туди й назад)",
                        "Przeprowadzka tutaj do pracy (rodzina dołączy później albo dojeżdża)",
                        "Переехали сюда ради работы (семья приедет позже или ездит туда и обратно)")),
                    new Choice("outgoing", T("Wohnt hier, arbeitet einen Teil der Woche anderswo",
                        "Lives here, works elsewhere part of the week",
                        "Burada yaşıyor, haftanın bir kısmında başka yerde çalışıyor",
                        "يعيش هنا ويعمل في مكان آخر جزءًا من الأسبوع",
                        "Живе тут, частину тижня працює в іншому місці",
                        "Mieszka tutaj, część tygodnia pracuje gdzie indziej",
                        "Живёт здесь, часть недели работает в другом месте")),
                    new Choice("both", T("Beides", "Both", "Her ikisi", "كلاهما", "І те, і інше", "Jedno i drugie", "И то, и другое")),
                    new Choice("other", T("Anders", "Other", "Diğer", "غير ذلك", "Інше", "Inaczej", "Другое")),
                ]),
            new Question("areaCode", "area", true,
                T("In welchem Ortsteil wohnen Sie?",
                    "Which part of town do you live in?",
                    "Hangi semtte oturuyorsunuz?",
                    "في أي حي تسكنون؟",
                    "У якій частині міста ви живете?",
                    "W której części miejscowości Państwo mieszkają?",
                    "В какой части города вы живёте?")),
            new Question("awayDays", "awayDays", false,
                T("An welchen Wochentagen ist das Haushaltsmitglied, das an mehreren Orten lebt, nicht hier?",
                    "On which weekdays is the household member who lives in more than one place away?",
                    "Birden fazla yerde yaşayan hane üyesi haftanın hangi günlerinde burada değil?",
                    "في أي أيام الأسبوع يكون فرد الأسرة الذي يعيش في أكثر من مكان غائبًا عن هنا؟",
                    "У які дні тижня член домогосподарства, який живе в кількох місцях, буває не тут?",
                    "W które dni tygodnia nie ma tutaj członka gospodarstwa domowego, który mieszka w kilku miejscach?",
                    "В какие дни недели член домохозяйства, который живёт в нескольких местах, находится не здесь?")),
            new Question("needs", "needs", true,
                T("Welche Betreuung brauchen Haushaltsmitglieder? Je Person bzw. Gruppe: Art der Betreuung, Altersgruppe, Anzahl, "
                        + "Wochentage und Uhrzeiten (auch früh morgens, abends, über Nacht und am Wochenende), Zeitraum (befristet oder dauerhaft), "
                        + "Dringlichkeit und wie der Bedarf heute gedeckt wird. Auch Betreuung in den Schulferien (Ferienbetreuung): in welchen Wochen der Ferien "
                        + "und zu welchen Uhrzeiten.",
                    "What care do household members need? For each person or group: kind of care, age band, number, weekdays and times "
                        + "(also early morning, evening, overnight and weekends), period (temporary or lasting), urgency and how the need is met today. "
                        + "Also care in the school holidays (holiday care): in which weeks of the holidays and at what times.",
                    "Hane üyelerinin hangi bakıma ihtiyacı var? Her kişi ya da grup için: bakım türü, yaş grubu, kişi sayısı, "
                        + "haftanın günleri ve saatler (sabah erken, akşam, gece ve hafta sonu da), süre (geçici ya da kalıcı), "
                        + "ne kadar acil olduğu ve bu ihtiyacın bugün nasıl karşılandığı. Okul tatillerinde bakım (tatil bakımı) da: tatilin hangi haftalarında "
                        + "ve hangi saatlerde.",
                    "ما الرعاية التي يحتاجها أفراد الأسرة؟ لكل شخص أو مجموعة: نوع الرعاية، الفئة العمرية، العدد، "
                        + "أيام الأسبوع والأوقات (وكذلك في الصباح الباكر والمساء وخلال الليل وفي عطلة نهاية الأسبوع)، المدة (مؤقتة أو دائمة)، "
                        + "مدى الاستعجال، وكيف تُلبّى هذه الحاجة اليوم. وكذلك الرعاية في العطل المدرسية (رعاية العطل): في أي أسابيع من العطلة "
                        + "وفي أي أوقات.",
                    "Якого догляду потребують члени домогосподарства? Для кожної людини чи групи: вид догляду, вікова група, кількість, "
                        + "дні тижня та години (також рано вранці, увечері, уночі та у вихідні), період (тимчасово чи постійно), "
                        + "наскільки це терміново і як ця потреба покривається сьогодні. Також догляд під час шкільних канікул: у які тижні канікул "
                        + "і в які години.",
                    "Jakiej opieki potrzebują członkowie gospodarstwa domowego? Dla każdej osoby lub grupy: rodzaj opieki, grupa wiekowa, liczba osób, "
                        + "dni tygodnia i godziny (także wcześnie rano, wieczorem, w nocy i w weekendy), okres (czasowo lub na stałe), "
                        + "jak pilna jest potrzeba i jak jest dziś zaspokajana. Także opieka w czasie ferii szkolnych: w których tygodniach ferii "
                        + "i w jakich godzinach.",
                    "Какой присмотр или уход нужен членам домохозяйства? Для каждого человека или группы: вид ухода, возрастная группа, количество, "
                        + "дни недели и время (также рано утром, вечером, ночью и в выходные), срок (временно или постоянно), "
                        + "насколько это срочно и как эта потребность покрывается сегодня. Также присмотр во время школьных каникул: в какие недели каникул "
                        + "и в какое время.")),
            new Question("languages", "languages", false,
                T("In welchen Sprachen soll die Betreuung möglich sein?",
                    "In which languages should care be possible?",
                    "Bakım hangi dillerde verilebilmeli?",
                    "بأي لغات يجب أن تكون الرعاية ممكنة؟",
                    "Якими мовами має бути можливий догляд?",
                    "W jakich językach powinna być możliwa opieka?",
                    "На каких языках должен быть возможен уход?")),
        ],
        responsible);

    /// <summary>
    /// Explicit consent to processing care-need data, which may reveal health (Art. 9(2)(a) GDPR), for one purpose;
    /// voluntary and withdrawable with the receipt code (Art. 7(3)). Who is responsible is shown next to it.
    /// </summary>
    private static Dictionary<string, string> Consent => T(
        "Einwilligung in die Verarbeitung Ihrer Angaben. Zweck: Mit dieser Umfrage plant Ihre Gemeinde die Kinderbetreuung und die Pflege vor Ort. "
            + "Dafür fragen wir, welche Betreuung und Pflege Ihr Haushalt braucht. Solche Angaben können zeigen, dass jemand Pflege braucht; "
            + "sie gehören deshalb zu den besonders geschützten Daten (Gesundheitsdaten, Art. 9 DSGVO). Wir fragen nicht nach Namen oder Adresse. "
            + "Die Teilnahme ist freiwillig. Wenn Sie nicht teilnehmen, haben Sie keine Nachteile. "
            + "Sie können Ihre Einwilligung jederzeit ohne Angabe von Gründen widerrufen: Mit Ihrem Quittungscode sehen Sie Ihre Angaben ein "
            + "und ziehen sie zurück; dann werden sie gelöscht. Was bis dahin verarbeitet wurde, bleibt rechtmäßig. "
            + "Ich willige ausdrücklich ein, dass meine Angaben, auch die zum Betreuungs- und Pflegebedarf, für diesen Zweck verarbeitet werden "
            + "(Art. 9 Abs. 2 Buchst. a DSGVO).",
        "Consent to the processing of your answers. Purpose: with this survey your municipality plans childcare and care services locally. "
            + "For this we ask what childcare and care your household needs. Such answers may show that someone needs care, "
            + "so they are specially protected data (health data, Art. 9 GDPR). We do not ask for your name or address. "
            + "Taking part is voluntary. If you do not take part, you will have no disadvantage. "
            + "You can withdraw your consent at any time without giving reasons: with your receipt code you can see your answers "
            + "and withdraw them; they are then deleted. Processing before your withdrawal remains lawful. "
            + "I expressly consent to my answers, including those about the need for childcare and care, being processed for this purpose "
            + "(Art. 9(2)(a) GDPR).",
        "Bilgilerinizin işlenmesine onay. Amaç: Belediyeniz bu anketle bölgedeki çocuk bakımını ve yaşlı ve hasta bakımını planlıyor. "
            + "Bunun için hanenizin hangi bakıma ihtiyaç duyduğunu soruyoruz. Bu bilgiler birinin bakıma ihtiyacı olduğunu gösterebilir; "
            + "bu yüzden özel olarak korunan veriler arasındadır (sağlık verileri, GDPR Madde 9). Adınızı veya adresinizi sormuyoruz. "
            + "Katılım gönüllüdür. Katılmazsanız hiçbir dezavantajınız olmaz. "
            + "Onayınızı istediğiniz zaman, gerekçe göstermeden geri alabilirsiniz: Makbuz kodunuzla bilgilerinizi görebilir "
            + "ve geri çekebilirsiniz; o zaman bilgileriniz silinir. Onayınızı geri almadan önce yapılan işleme hukuka uygun kalır. "
            + "Bakım ihtiyacına ilişkin bilgiler de dahil olmak üzere bilgilerimin bu amaçla işlenmesine açıkça onay veriyorum "
            + "(GDPR Madde 9 fıkra 2 bent a).",
        "الموافقة على معالجة بياناتكم. الغرض: تخطط بلديتكم من خلال هذا الاستبيان لرعاية الأطفال ورعاية المسنين والمرضى في المنطقة. "
            + "لذلك نسأل عن الرعاية التي تحتاجها أسرتكم. قد تُظهر هذه البيانات أن شخصًا ما يحتاج إلى رعاية، "
            + "ولذلك فهي من البيانات المحمية بشكل خاص (بيانات صحية، المادة 9 من اللائحة العامة لحماية البيانات). لا نسأل عن الاسم أو العنوان. "
            + "المشاركة طوعية. إذا لم تشاركوا فلن يلحق بكم أي ضرر. "
            + "يمكنكم سحب موافقتكم في أي وقت دون ذكر الأسباب: برمز الإيصال يمكنكم الاطلاع على بياناتكم "
            + "وسحبها، وعندها تُحذف. تبقى المعالجة التي تمت قبل السحب قانونية. "
            + "أوافق صراحةً على معالجة بياناتي لهذا الغرض، بما فيها البيانات المتعلقة بالحاجة إلى رعاية الأطفال والرعاية "
            + "(المادة 9، الفقرة 2، البند أ من اللائحة العامة لحماية البيانات).",
        "Згода на обробку ваших даних. Мета: за допомогою цього опитування ваша громада планує догляд за дітьми та догляд за людьми похилого віку й хворими. "
            + "Тому ми запитуємо, якого догляду потребує ваше домогосподарство. Такі відповіді можуть показати, що хтось потребує догляду, "
            + "тому вони належать до особливо захищених даних (дані про здоров’я, ст. 9 GDPR). Ми не запитуємо ім’я чи адресу. "
            + "Участь добровільна. Якщо ви не візьмете участі, це не матиме для вас жодних негативних наслідків. "
            + "Ви можете будь-коли відкликати свою згоду без пояснення причин: за кодом квитанції ви можете переглянути свої відповіді "
            + "і відкликати їх; тоді їх буде видалено. Обробка до відкликання згоди залишається законною. "
            + "Я явно надаю згоду на обробку моїх відповідей з цією метою, зокрема відповідей про потребу в догляді за дітьми та іншому догляді "
            + "(ст. 9(2)(a) Загального регламенту ЄС про захист даних, GDPR).",
        "Zgoda na przetwarzanie Państwa danych. Cel: za pomocą tej ankiety Państwa gmina planuje opiekę nad dziećmi oraz opiekę nad osobami starszymi i chorymi. "
            + "Dlatego pytamy, jakiej opieki potrzebuje Państwa gospodarstwo domowe. Takie informacje mogą pokazywać, że ktoś potrzebuje opieki, "
            + "dlatego należą do szczególnie chronionych danych (dane dotyczące zdrowia, art. 9 RODO). Nie pytamy o imię i nazwisko ani o adres. "
            + "Udział jest dobrowolny. Jeśli Państwo nie wezmą udziału, nie poniosą Państwo żadnych negatywnych konsekwencji. "
            + "Mogą Państwo w każdej chwili wycofać zgodę bez podawania przyczyn: za pomocą kodu potwierdzenia mogą Państwo zobaczyć swoje odpowiedzi "
            + "i je wycofać; wtedy zostaną usunięte. Przetwarzanie przed wycofaniem zgody pozostaje zgodne z prawem. "
            + "Wyraźnie wyrażam zgodę na przetwarzanie moich odpowiedzi w tym celu, także tych dotyczących potrzeby opieki nad dziećmi i innej opieki "
            + "(art. 9 ust. 2 lit. a RODO).",
        "Согласие на обработку ваших данных. Цель: с помощью этого опроса ваш муниципалитет планирует присмотр за детьми и уход за пожилыми и больными людьми. "
            + "Поэтому мы спрашиваем, какой присмотр или уход нужен вашему домохозяйству. Такие сведения могут показать, что кто-то нуждается в уходе, "
            + "поэтому они относятся к особо защищаемым данным (данные о здоровье, ст. 9 GDPR). Мы не спрашиваем имя или адрес. "
            + "Участие добровольное. Если вы не участвуете, это не повлечёт для вас никаких негативных последствий. "
            + "Вы можете в любое время отозвать согласие без объяснения причин: с помощью кода квитанции вы можете просмотреть свои ответы "
            + "и отозвать их; тогда они будут удалены. Обработка до отзыва согласия остаётся законной. "
            + "Я явно соглашаюсь на обработку моих ответов для этой цели, в том числе сведений о потребности в присмотре за детьми и уходе "
            + "(ст. 9(2)(a) Общего регламента ЕС по защите данных, GDPR).");
}
