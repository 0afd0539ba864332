namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// The wording of invitation letters and posters in one language. The sentences never name the
/// municipality — its name, office and address stand in the sender block and the contact lines —
/// so they read right in languages with cases and without a <see cref="Surveys.Responsible"/>.
/// </summary>
/// <param name="RightToLeft">Arabic: lines are set from the right, links and codes inside stay left to right.</param>
/// <param name="GenericSender">Sender line when the survey names no responsible office.</param>
/// <param name="Kicker">Small line above the survey's title.</param>
/// <param name="Purpose">Why the survey is done: planning childcare and care, also for households living in more than one place.</param>
/// <param name="Voluntary">Voluntary and anonymous: no name or address is asked.</param>
/// <param name="HowTo">Type the address or scan the QR code.</param>
/// <param name="OneTime">The code works once; the receipt code shows or withdraws the answers.</param>
/// <param name="ContactIntro">Before the responsible office's contact.</param>
/// <param name="NoContact">Instead of the contact lines when the survey names no responsible office.</param>
public sealed record LetterText(
    bool RightToLeft,
    string GenericSender,
    string Kicker,
    string Greeting,
    string Purpose,
    string Voluntary,
    string HowTo,
    string LinkLabel,
    string CodeLabel,
    string OneTime,
    string ContactIntro,
    string Email,
    string Phone,
    string DataProtection,
    string NoContact,
    string Thanks,
    string PosterQuestion,
    string PosterPurpose,
    string PosterAnonymous,
    string PosterHowTo);

public static class LetterTexts
{
    public static readonly IReadOnlyDictionary<string, LetterText> ByLanguage = new Dictionary<string, LetterText>
    {
        ["de"] = new(
            RightToLeft: false,
            GenericSender: "Ihre Gemeindeverwaltung",
            Kicker: "Einladung zur Befragung",
            Greeting: "Guten Tag,",
            Purpose: "wir planen die Kinderbetreuung und die Pflege vor Ort – auch für Haushalte, die an mehr als einem Ort leben: weil jemand "
                + "unter der Woche anderswo arbeitet, oder weil jemand für die Arbeit hierhergezogen ist und die Familie nachkommen soll. Damit "
                + "Betreuung und Pflege zu den Zeiten und an den Orten angeboten werden, an denen Sie sie brauchen, bitten wir Sie um Ihre Angaben.",
            Voluntary: "Die Teilnahme ist freiwillig und anonym: Wir fragen nicht nach Ihrem Namen und nicht nach Ihrer Adresse.",
            HowTo: "So nehmen Sie teil: Geben Sie die Internetadresse unten in Ihren Browser ein, oder scannen Sie den QR-Code mit der Kamera Ihres Smartphones.",
            LinkLabel: "Internetadresse",
            CodeLabel: "Ihr persönlicher Code",
            OneTime: "Der Code gilt für eine einzige Teilnahme. Nach dem Absenden erhalten Sie einen Quittungscode: Mit ihm können Sie Ihre "
                + "Antworten später ansehen oder zurückziehen. Bitte notieren Sie ihn.",
            ContactIntro: "Fragen beantwortet:",
            Email: "E-Mail",
            Phone: "Telefon",
            DataProtection: "Datenschutzbeauftragte/r",
            NoContact: "Bei Fragen wenden Sie sich bitte an Ihre Gemeindeverwaltung.",
            Thanks: "Vielen Dank, dass Sie mitmachen!",
            PosterQuestion: "Leben Sie oder Ihre Familie an mehr als einem Ort?",
            PosterPurpose: "Helfen Sie uns, Kinderbetreuung und Pflege so zu planen, dass sie zu Ihrem Alltag passen.",
            PosterAnonymous: "Freiwillig und anonym – ohne Namen und Adresse.",
            PosterHowTo: "QR-Code scannen oder Adresse eingeben:"),
        ["en"] = new(
            RightToLeft: false,
            GenericSender: "Your municipal administration",
            Kicker: "Invitation to take part in a survey",
            Greeting: "Hello,",
            Purpose: "we are planning childcare and care services in our municipality – including for households that live in more than one "
                + "place: because someone works elsewhere during the week, or because someone has moved here for work and the family is to "
                + "follow. So that childcare and care are offered at the times and in the places you need them, we ask for your information.",
            Voluntary: "Taking part is voluntary and anonymous: we do not ask for your name or your address.",
            HowTo: "How to take part: type the web address below into your browser, or scan the QR code with your smartphone's camera.",
            LinkLabel: "Web address",
            CodeLabel: "Your personal code",
            OneTime: "The code can be used once. After you submit your answers you receive a receipt code: with it you can view or "
                + "withdraw your answers later. Please write it down.",
            ContactIntro: "Questions? Please contact:",
            Email: "Email",
            Phone: "Phone",
            DataProtection: "Data protection officer",
            NoContact: "If you have questions, please contact your municipal administration.",
            Thanks: "Thank you for taking part!",
            PosterQuestion: "Do you or your family live in more than one place?",
            PosterPurpose: "Help us plan childcare and care that fit your everyday life.",
            PosterAnonymous: "Voluntary and anonymous – no name, no address.",
            PosterHowTo: "Scan the QR code or type the address:"),
        ["tr"] = new(
            RightToLeft: false,
            GenericSender: "Belediye yönetiminiz",
            Kicker: "Ankete katılım daveti",
            Greeting: "Merhaba,",
            Purpose: "belediyemizde çocuk bakımını ve bakım hizmetlerini planlıyoruz – birden fazla yerde yaşayan haneler için de: örneğin "
                + "hanede biri hafta içi başka bir yerde çalıştığı için ya da iş için buraya taşınıp ailesinin de gelmesini beklediği için. "
                + "Bakım hizmetlerinin ihtiyaç duyduğunuz saatlerde ve yerlerde sunulabilmesi için bilgilerinize ihtiyacımız var.",
            Voluntary: "Katılım gönüllü ve anonimdir: Adınızı ve adresinizi sormuyoruz.",
            HowTo: "Nasıl katılırsınız: Aşağıdaki internet adresini tarayıcınıza yazın veya QR kodunu akıllı telefonunuzun kamerasıyla tarayın.",
            LinkLabel: "İnternet adresi",
            CodeLabel: "Kişisel kodunuz",
            OneTime: "Bu kod yalnızca bir kez kullanılabilir. Yanıtlarınızı gönderdikten sonra bir makbuz kodu alırsınız: Bu kodla "
                + "yanıtlarınızı daha sonra görüntüleyebilir veya geri çekebilirsiniz. Lütfen bu kodu not edin.",
            ContactIntro: "Sorularınız için:",
            Email: "E-posta",
            Phone: "Telefon",
            DataProtection: "Veri koruma görevlisi",
            NoContact: "Sorularınız için lütfen belediye yönetiminize başvurun.",
            Thanks: "Katılımınız için teşekkür ederiz!",
            PosterQuestion: "Siz veya aileniz birden fazla yerde mi yaşıyorsunuz?",
            PosterPurpose: "Çocuk bakımını ve bakım hizmetlerini günlük yaşamınıza uygun şekilde planlamamıza yardımcı olun.",
            PosterAnonymous: "Gönüllü ve anonim – ad ve adres sorulmaz.",
            PosterHowTo: "QR kodunu tarayın veya adresi yazın:"),
        ["ar"] = new(
            RightToLeft: true,
            GenericSender: "إدارة بلديتكم",
            Kicker: "دعوة للمشاركة في استبيان",
            Greeting: "تحية طيبة،",
            Purpose: "نعمل على تخطيط خدمات رعاية الأطفال ورعاية المسنين في بلديتنا، ومن بينها خدمات للأسر التي تعيش في أكثر من مكان: "
                + "لأن أحد أفرادها يعمل في مكان آخر خلال الأسبوع، أو لأنه انتقل إلى هنا من أجل العمل وستلحق به عائلته. "
                + "ولكي تقدم الرعاية في الأوقات والأماكن التي تحتاجونها، نرجو منكم تزويدنا بمعلوماتكم.",
            Voluntary: "المشاركة طوعية ومجهولة الهوية: لا نسألكم عن أسمائكم ولا عن عناوينكم.",
            HowTo: "طريقة المشاركة: اكتبوا عنوان الموقع أدناه في المتصفح، أو امسحوا رمز QR بكاميرا هاتفكم الذكي.",
            LinkLabel: "عنوان الموقع",
            CodeLabel: "رمزكم الشخصي",
            OneTime: "يمكن استخدام هذا الرمز مرة واحدة فقط. بعد إرسال إجاباتكم ستحصلون على رمز إيصال يمكنكم به لاحقا عرض إجاباتكم أو سحبها. يرجى تدوينه.",
            ContactIntro: "للاستفسار يرجى التواصل مع:",
            Email: "البريد الإلكتروني",
            Phone: "الهاتف",
            DataProtection: "مسؤول حماية البيانات",
            NoContact: "للاستفسار يرجى التواصل مع إدارة بلديتكم.",
            Thanks: "شكرا لمشاركتكم!",
            PosterQuestion: "هل تعيشون أنتم أو عائلتكم في أكثر من مكان؟",
            PosterPurpose: "ساعدونا في تخطيط رعاية الأطفال ورعاية المسنين بما يناسب حياتكم اليومية.",
            PosterAnonymous: "طوعية ومجهولة الهوية – دون اسم أو عنوان.",
            PosterHowTo: "امسحوا رمز QR أو اكتبوا العنوان:"),
        ["uk"] = new(
            RightToLeft: false,
            GenericSender: "Ваша муніципальна адміністрація",
            Kicker: "Запрошення до участі в опитуванні",
            Greeting: "Добрий день!",
            Purpose: "Ми плануємо послуги з догляду за дітьми та догляду за літніми людьми в нашій громаді — зокрема для домогосподарств, "
                + "які живуть більш ніж в одному місці: наприклад, тому що хтось протягом тижня працює деінде або переїхав сюди заради "
                + "роботи, а родина має приїхати згодом. Щоб догляд був доступний тоді й там, де він вам потрібен, просимо вас відповісти на наші запитання.",
            Voluntary: "Участь добровільна й анонімна: ми не запитуємо ваше ім’я та адресу.",
            HowTo: "Як взяти участь: введіть наведену нижче інтернет-адресу в браузері або відскануйте QR-код камерою смартфона.",
            LinkLabel: "Інтернет-адреса",
            CodeLabel: "Ваш особистий код",
            OneTime: "Код можна використати лише один раз. Після надсилання відповідей ви отримаєте код-квитанцію: з ним ви зможете "
                + "пізніше переглянути або відкликати свої відповіді. Будь ласка, запишіть його.",
            ContactIntro: "З питаннями звертайтеся:",
            Email: "Ел. пошта",
            Phone: "Телефон",
            DataProtection: "Уповноважений із захисту даних",
            NoContact: "З питаннями звертайтеся, будь ласка, до вашої муніципальної адміністрації.",
            Thanks: "Дякуємо за участь!",
            PosterQuestion: "Ви або ваша родина живете більш ніж в одному місці?",
            PosterPurpose: "Допоможіть нам спланувати догляд за дітьми та літніми людьми так, щоб він відповідав вашому повсякденному життю.",
            PosterAnonymous: "Добровільно й анонімно — без імені та адреси.",
            PosterHowTo: "Відскануйте QR-код або введіть адресу:"),
        ["pl"] = new(
            RightToLeft: false,
            GenericSender: "Urząd Państwa gminy",
            Kicker: "Zaproszenie do udziału w ankiecie",
            Greeting: "Dzień dobry,",
            Purpose: "planujemy opiekę nad dziećmi i opiekę nad osobami starszymi w naszej gminie – także dla gospodarstw domowych, które "
                + "żyją w więcej niż jednym miejscu: ponieważ ktoś w tygodniu pracuje gdzie indziej albo przeprowadził się tu do pracy, a "
                + "rodzina ma do niego dołączyć. Aby opieka była dostępna w godzinach i miejscach, w których jej Państwo potrzebują, prosimy o Państwa odpowiedzi.",
            Voluntary: "Udział jest dobrowolny i anonimowy: nie pytamy o imię i nazwisko ani o adres.",
            HowTo: "Jak wziąć udział: proszę wpisać poniższy adres internetowy w przeglądarce lub zeskanować kod QR aparatem smartfona.",
            LinkLabel: "Adres internetowy",
            CodeLabel: "Państwa osobisty kod",
            OneTime: "Kod można wykorzystać tylko raz. Po wysłaniu odpowiedzi otrzymają Państwo kod potwierdzenia: dzięki niemu można "
                + "później przejrzeć lub wycofać swoje odpowiedzi. Prosimy go zanotować.",
            ContactIntro: "Pytania prosimy kierować do:",
            Email: "E-mail",
            Phone: "Telefon",
            DataProtection: "Inspektor ochrony danych",
            NoContact: "W razie pytań prosimy o kontakt z urzędem gminy.",
            Thanks: "Dziękujemy za udział!",
            PosterQuestion: "Czy mieszkają Państwo lub Państwa rodzina w więcej niż jednym miejscu?",
            PosterPurpose: "Prosimy pomóc nam zaplanować opiekę nad dziećmi i osobami starszymi dopasowaną do Państwa codzienności.",
            PosterAnonymous: "Dobrowolnie i anonimowo – bez imienia, nazwiska i adresu.",
            PosterHowTo: "Proszę zeskanować kod QR lub wpisać adres:"),
        ["ru"] = new(
            RightToLeft: false,
            GenericSender: "Ваша муниципальная администрация",
            Kicker: "Приглашение к участию в опросе",
            Greeting: "Здравствуйте!",
            Purpose: "Мы планируем услуги по уходу за детьми и уходу за пожилыми людьми в нашей общине — в том числе для домохозяйств, "
                + "которые живут более чем в одном месте: например, потому что кто-то в течение недели работает в другом месте или "
                + "переехал сюда ради работы, а семья должна приехать позже. Чтобы уход предлагался в то время и в тех местах, где он "
                + "вам нужен, просим вас ответить на наши вопросы.",
            Voluntary: "Участие добровольное и анонимное: мы не спрашиваем ваше имя и адрес.",
            HowTo: "Как принять участие: введите указанный ниже интернет-адрес в браузере или отсканируйте QR-код камерой смартфона.",
            LinkLabel: "Интернет-адрес",
            CodeLabel: "Ваш личный код",
            OneTime: "Код действует только один раз. После отправки ответов вы получите код-квитанцию: с его помощью вы сможете позже "
                + "просмотреть или отозвать свои ответы. Пожалуйста, запишите его.",
            ContactIntro: "По вопросам обращайтесь:",
            Email: "Эл. почта",
            Phone: "Телефон",
            DataProtection: "Уполномоченный по защите данных",
            NoContact: "С вопросами обращайтесь, пожалуйста, в вашу муниципальную администрацию.",
            Thanks: "Спасибо за участие!",
            PosterQuestion: "Вы или ваша семья живёте более чем в одном месте?",
            PosterPurpose: "Помогите нам спланировать уход за детьми и пожилыми людьми так, чтобы он подходил к вашей повседневной жизни.",
            PosterAnonymous: "Добровольно и анонимно — без имени и адреса.",
            PosterHowTo: "Отсканируйте QR-код или введите адрес:"),
    };
}
