<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add an API token</source>
        <translation>إضافة رمز API</translation>
    </message>
    <message>
        <source>Paste an API token from the Document360 portal (Settings &gt; API Tokens, or Knowledge base portal &gt; API keys). It is checked with the server before it is saved, and kept only in your system keychain.</source>
        <translation>الصق رمز API من بوابة Document360 (الإعدادات &gt; رموز API، أو بوابة قاعدة المعرفة &gt; مفاتيح API). يُتحقَّق منه لدى الخادم قبل حفظه، ولا يُحفَظ إلا في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>مثلًا: الدليل (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>اسم الاستضافة الخاصة أو عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;رمز API:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>الصق الرمز هنا</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>إظهار الرمز</translation>
    </message>
    <message>
        <source>Show the token, to check what was pasted</source>
        <translation>إظهار الرمز للتحقق مما لُصق</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>استخدام لهذه ال&amp;جلسة فقط</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>استخدام الرمز لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>اختبار و&amp;حفظ</translation>
    </message>
    <message>
        <source>Test the token and save the account</source>
        <translation>اختبار الرمز وحفظ الحساب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>إ&amp;ضافة رمز…</translation>
    </message>
    <message>
        <source>Add an account with an API token</source>
        <translation>إضافة حساب برمز API</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Add an account by signing in</source>
        <translation>إضافة حساب بتسجيل الدخول</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>إ&amp;عادة التسمية</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>إعادة تسمية الحساب</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>ا&amp;ستبدال الرمز…</translation>
    </message>
    <message>
        <source>Replace the token or sign in again</source>
        <translation>استبدال الرمز أو تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>اختبار الحساب</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>تفاصيل الحساب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection, then try again.</source>
        <translation>لم يُجب %1 في الوقت المحدد. تحقق من اتصالك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the region or base URL and your internet connection.</source>
        <translation>تعذّر العثور على اسم الخادم %1. تحقق من المنطقة أو عنوان URL الأساسي ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The address may be wrong, or the service is down.</source>
        <translation>رفض %1 الاتصال. ربما يكون العنوان خاطئًا، أو الخدمة متوقفة.</translation>
    </message>
    <message>
        <source>The network is unreachable (%1). Check your internet connection.</source>
        <translation>الشبكة غير قابلة للوصول (%1). تحقق من اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped (%2). Try again.</source>
        <translation>انقطع الاتصال بـ %1 (%2). حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No secure connection to %1 (%2). A proxy, a wrong system clock or an outdated certificate store may be in the way.</source>
        <translation>لا يوجد اتصال آمن بـ %1 (%2). ربما يعترض ذلك وكيل (proxy)، أو ساعة نظام خاطئة، أو مخزن شهادات قديم.</translation>
    </message>
    <message>
        <source>Refused an unsafe address (%1). Only https is used, except on this computer (localhost).</source>
        <translation>رُفض عنوان غير آمن (%1). لا يُستخدم إلا https، باستثناء هذا الحاسوب (localhost).</translation>
    </message>
    <message>
        <source>Too many redirects (%1). The download link may be misconfigured.</source>
        <translation>عمليات إعادة توجيه كثيرة جدًا (%1). ربما يكون رابط التنزيل مضبوطًا بشكل خاطئ.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). A proxy or a server fault may be in the way; try again later.</source>
        <translation>تعذّرت قراءة الرد من %1 (%2). ربما يعترض ذلك وكيل (proxy) أو خلل في الخادم؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Document360 could not read the request (400): %1. This is a bug in D360 Exporter; please report it with the trace id.</source>
        <translation>تعذّر على Document360 قراءة الطلب (400): %1. هذا خلل في D360 Exporter؛ يُرجى الإبلاغ عنه مع معرّف التتبع.</translation>
    </message>
    <message>
        <source>Document360 refused the token (401): the token was revoked or belongs to another region. Check the region, or replace the token.</source>
        <translation>رفض Document360 الرمز (401): أُبطل الرمز أو يتبع منطقة أخرى. تحقق من المنطقة، أو استبدل الرمز.</translation>
    </message>
    <message>
        <source>The token may not do this (403): %1. Exporting needs the UpdateProjectSettings permission; ask a project owner.</source>
        <translation>لا يملك الرمز صلاحية هذا الإجراء (403): %1. يتطلب التصدير صلاحية UpdateProjectSettings؛ اطلبها من مالك المشروع.</translation>
    </message>
    <message>
        <source>Not found (404): %1. It may have been deleted, or the token belongs to another project.</source>
        <translation>غير موجود (404): %1. ربما حُذف، أو أن الرمز يتبع مشروعًا آخر.</translation>
    </message>
    <message>
        <source>Document360 rejected the request (422): %1.</source>
        <translation>رفض Document360 الطلب (422): %1.</translation>
    </message>
    <message>
        <source>Document360 rejected the field %1 (422).</source>
        <translation>رفض Document360 الحقل %1 (422).</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثانية، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثانية، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثانيتين، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثوانٍ، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثانية، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
            <numerusform>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد %n ثانية، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached (429): too many requests for this token. Try again in a minute, or run fewer exports at once.</source>
        <translation>تم بلوغ حد معدل الطلبات (429): طلبات كثيرة جدًا لهذا الرمز. حاول مرة أخرى بعد دقيقة، أو شغّل عددًا أقل من عمليات التصدير في آن واحد.</translation>
    </message>
    <message>
        <source>Document360 had a server error (%1): %2. Try again later; if it persists, give support the trace id.</source>
        <translation>حدث خطأ في خادم Document360 (%1): %2. حاول مرة أخرى لاحقًا؛ وإذا استمر، فأعطِ فريق الدعم معرّف التتبع.</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2): %3.</source>
        <translation>رد غير متوقع من %1 (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>The connection dropped after the export was requested (%1), so the export may have started on the server. Check before starting it again.</source>
        <translation>انقطع الاتصال بعد طلب التصدير (%1)، لذا ربما بدأ التصدير على الخادم. تحقق من ذلك قبل بدئه مرة أخرى.</translation>
    </message>
    <message>
        <source>The download link expired (403 from the storage host). A fresh link is needed from the export&apos;s status.</source>
        <translation>انتهت صلاحية رابط التنزيل (403 من خادم التخزين). يلزم رابط جديد من حالة التصدير.</translation>
    </message>
    <message>
        <source>Document360 could not build the export: %1.</source>
        <translation>تعذّر على Document360 إنشاء التصدير: %1.</translation>
    </message>
    <message>
        <source>Could not save the download: %1. Check free space and permissions of the output folder.</source>
        <translation>تعذّر حفظ التنزيل: %1. تحقق من المساحة الحرة ومن أذونات مجلد الإخراج.</translation>
    </message>
    <message>
        <source>%1 Trace id: %2</source>
        <translation>%1 معرّف التتبع: %2</translation>
    </message>
    <message>
        <source>a %1 without &quot;%2&quot;</source>
        <translation>%1 بلا &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a completed export without a valid &quot;download_url&quot;</source>
        <translation>تصدير مكتمل بلا &quot;download_url&quot; صالح</translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 an answer may be, so it was not read</source>
        <translation>حجم الرد %1، وهو أكبر من الحد المسموح به للرد (%2)، لذا لم يُقرأ</translation>
    </message>
    <message>
        <source>the answer went past the %1 an answer may be, so the rest was not read</source>
        <translation>تجاوز الرد الحد المسموح به (%1)، لذا لم يُقرأ الباقي</translation>
    </message>
    <message>
        <source>the server reports a failure</source>
        <translation>يُبلغ الخادم عن إخفاق</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>the storage host sent the file without a length (no Content-Length and no chunked encoding), so a cut connection could not be told from its end</source>
        <translation>أرسل خادم التخزين الملف بلا طول (لا Content-Length ولا ترميز chunked)، لذا لا يمكن تمييز الاتصال المقطوع من نهاية الملف</translation>
    </message>
    <message>
        <source>the storage host sent a different part of the file than asked for (Content-Range: %1)</source>
        <translation>أرسل خادم التخزين جزءًا من الملف غير الجزء المطلوب (Content-Range: %1)</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>انتهى التنزيل بعد %1 من %2 بايت</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>أكثر من %1 عمليات إعادة توجيه</translation>
    </message>
    <message>
        <source>a redirect from https to %1</source>
        <translation>إعادة توجيه من https إلى %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>المحتوى فارغ</translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation>المحتوى JSON لكنه ليس كائنًا</translation>
    </message>
    <message>
        <source>the body ends early, at byte %1 of JSON (truncated)</source>
        <translation>ينتهي المحتوى مبكرًا، عند البايت %1 من JSON (مقتطع)</translation>
    </message>
    <message>
        <source>the body is not JSON (it starts with &quot;%1&quot;)</source>
        <translation>المحتوى ليس JSON (يبدأ بـ &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1: %2</source>
        <translation>JSON غير صالح عند البايت %1: %2</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>لا يحتوي الرد على &quot;data&quot;</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>لا رد في الوقت المحدد</translation>
    </message>
    <message>
        <source>a list was expected, the answer holds %1</source>
        <translation>كان المتوقع قائمة، والرد يحتوي على %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>لم تنتهِ القائمة بعد %1 صفحة</translation>
    </message>
    <message>
        <source>the list&apos;s pagination repeats itself</source>
        <translation>ترقيم صفحات القائمة يكرر نفسه</translation>
    </message>
    <message>
        <source>the server says there is more, but sent an empty page</source>
        <translation>يقول الخادم إن هناك المزيد، لكنه أرسل صفحة فارغة</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>لم يُقدَّم أي تفسير</translation>
    </message>
    <message>
        <source>no explanation given; %1</source>
        <translation>لم يُقدَّم أي تفسير؛ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a private hosting name (one word of letters, digits and dashes, as in https://apihub.NAME.document360.io)</source>
        <translation>&quot;%1&quot; ليس اسم استضافة خاصة (كلمة واحدة من أحرف وأرقام وشرطات، كما في https://apihub.NAME.document360.io)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; ليس عنوان URL</translation>
    </message>
    <message>
        <source>a base URL has no query, fragment or user name</source>
        <translation>لا يحتوي عنوان URL الأساسي على استعلام أو جزء (fragment) أو اسم مستخدم</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>%1 (private hosting)</source>
        <translation>%1 (استضافة خاصة)</translation>
    </message>
    <message>
        <source>%1 uses plain http on another computer</source>
        <translation>يستخدم %1 بروتوكول http غير المشفّر على حاسوب آخر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address</source>
        <translation>&quot;%1&quot; ليس عنوان https</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Pick a version on the left.</source>
        <translation>اختر إصدارًا من القائمة الجانبية.</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>الإصدار المحدد</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>الل&amp;غات</translation>
    </message>
    <message>
        <source>&amp;All languages of this version</source>
        <translation>&amp;كل لغات هذا الإصدار</translation>
    </message>
    <message>
        <source>Languages to export</source>
        <translation>اللغات المراد تصديرها</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;HTML (ZIP)</source>
        <translation>&amp;HTML (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Markdown (ZIP)</source>
        <translation>&amp;Markdown (ZIP)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>الحفظ &amp;في:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>اختيار مجلد الإخراج</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>الحفظ كإعداد مس&amp;بق…</translation>
    </message>
    <message>
        <source>Save these choices as a preset</source>
        <translation>حفظ هذه الخيارات كإعداد مسبق</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export the chosen languages and formats (Enter on this button)</source>
        <translation>تصدير اللغات والتنسيقات المختارة (Enter على هذا الزر)</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Job details</source>
        <translation>تفاصيل المهمة</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>المهمة المحددة</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>حدد مهمة لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>حالة المهمة</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>رسالة الخادم</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>التحذيرات:</translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation>تحذيرات الخادم</translation>
    </message>
    <message>
        <source>For support:</source>
        <translation>لفريق الدعم:</translation>
    </message>
    <message>
        <source>Id for Document360 support</source>
        <translation>المعرّف لدعم Document360</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>معرّف الطلب:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>انتهاء صلاحية الرابط:</translation>
    </message>
    <message>
        <source>Download link expiry</source>
        <translation>انتهاء صلاحية رابط التنزيل</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 للملف</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>مسار الملف</translation>
    </message>
    <message>
        <source>Extracted into:</source>
        <translation>مستخرج إلى:</translation>
    </message>
    <message>
        <source>Folder the file was extracted into</source>
        <translation>المجلد الذي استُخرج إليه الملف</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>البايتات:</translation>
    </message>
    <message>
        <source>Bytes downloaded</source>
        <translation>البايتات المنزَّلة</translation>
    </message>
</context>
<context>
    <name>JobQueueView</name>
    <message>
        <source>Export jobs</source>
        <translation>مهام التصدير</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>ت&amp;صفية:</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>تصفية المهام</translation>
    </message>
    <message>
        <source>Project, version, language, format, status or file name</source>
        <translation>المشروع أو الإصدار أو اللغة أو التنسيق أو الحالة أو اسم الملف</translation>
    </message>
    <message>
        <source>Enter opens the file, Delete removes the job, Ctrl+C copies its path; the context menu has more</source>
        <translation>يفتح Enter الملف، ويزيل Delete المهمة، وينسخ Ctrl+C مسارها؛ وفي قائمة السياق المزيد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>تنبيه بيئة التجربة</translation>
    </message>
    <message>
        <source>Sandbox: demo data from a simulator on this computer. Nothing here touches a real knowledge base.</source>
        <translation>بيئة التجربة: بيانات تجريبية من محاكٍ على هذا الحاسوب. لا شيء هنا يمسّ قاعدة معرفة حقيقية.</translation>
    </message>
    <message>
        <source>Account needs attention</source>
        <translation>الحساب يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>استبدال ال&amp;رمز…</translation>
    </message>
    <message>
        <source>Filter projects and versions</source>
        <translation>تصفية المشاريع والإصدارات</translation>
    </message>
    <message>
        <source>Note about the account&apos;s projects</source>
        <translation>ملاحظة حول مشاريع الحساب</translation>
    </message>
    <message>
        <source>Projects and versions</source>
        <translation>المشاريع والإصدارات</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانيتين</numerusform>
            <numerusform>لا رد خلال %n ثوانٍ</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
            <numerusform>لا رد خلال %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service is running on this desktop session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.</source>
        <translation>لا تتوفر سلسلة مفاتيح: لا توجد خدمة Secret Service تعمل في جلسة سطح المكتب هذه (GNOME Keyring أو KWallet أو KeePassXC). شغّل إحداها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation>سلسلة المفاتيح مقفلة. افتح قفلها (سجّل الدخول مجددًا، أو افتح مدير سلسلة المفاتيح) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow D360 Exporter to use it and try again.</source>
        <translation>رُفض الوصول إلى سلسلة المفاتيح. اسمح لـ D360 Exporter باستخدامها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keychain has no token for this account (it may have been deleted there). Replace the token or sign in again.</source>
        <translation>لا تحتوي سلسلة المفاتيح على رمز لهذا الحساب (ربما حُذف منها). استبدل الرمز أو سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). The Secret Service may be stuck: restart your keyring or log in again.</source>
        <translation>لم تُجب سلسلة المفاتيح (%1). ربما تكون خدمة Secret Service عالقة: أعد تشغيل مدير سلسلة المفاتيح أو سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>أبلغت سلسلة المفاتيح عن خطأ: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>مجلد الإ&amp;خراج:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>اختيار مجلد الإخراج</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>أ&amp;سماء الملفات:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>نمط أسماء الملفات</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>معاينة اسم الملف</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>عند &amp;وجود الملف:</translation>
    </message>
    <message>
        <source>When a file exists</source>
        <translation>عند وجود الملف</translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation>عمليات التصدير في &amp;آن واحد:</translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation>عمليات التصدير في آن واحد</translation>
    </message>
    <message>
        <source>Check on an export being built at least &amp;every:</source>
        <translation>التحقق من تصدير قيد الإنشاء مرة على الأقل &amp;كل:</translation>
    </message>
    <message>
        <source>While Document360 builds an export, D360 Exporter asks how far it is, more often at first and then less; this is the longest it waits between two questions.</source>
        <translation>بينما ينشئ Document360 التصدير، يسأل D360 Exporter عن مدى تقدمه، بكثرة في البداية ثم بتواتر أقل؛ وهذه أطول مدة ينتظرها بين سؤالين.</translation>
    </message>
    <message>
        <source>Longest wait between status checks, in seconds</source>
        <translation>أطول انتظار بين عمليتي تحقق من الحالة، بالثواني</translation>
    </message>
    <message>
        <source>E&amp;xtract HTML and Markdown exports (ZIP) into a folder</source>
        <translation>استخ&amp;راج عمليات تصدير HTML وMarkdown (ZIP) إلى مجلد</translation>
    </message>
    <message>
        <source>O&amp;pen each file when its export completes</source>
        <translation>&amp;فتح كل ملف عند اكتمال تصديره</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>مشكلات في هذه الإعدادات</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Document360</source>
        <translation>تسجيل الدخول إلى Document360</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your web browser. D360 Exporter receives the sign-in on this computer only and keeps it in your system keychain.</source>
        <translation>سجّل الدخول ببيانات Document360 في متصفح الويب. يستلم D360 Exporter تسجيل الدخول على هذا الحاسوب فقط ويحفظه في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>مثلًا: الدليل (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>اسم الاستضافة الخاصة أو عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;معرّف العميل:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>معرّف عميل OAuth</translation>
    </message>
    <message>
        <source>the client ID Document360 registered for D360 Exporter</source>
        <translation>معرّف العميل الذي سجّله Document360 لـ D360 Exporter</translation>
    </message>
    <message>
        <source>Where a client ID comes from</source>
        <translation>من أين يأتي معرّف العميل</translation>
    </message>
    <message>
        <source>Sign-in server addresses (change only if your administrator says so)</source>
        <translation>عناوين خادم تسجيل الدخول (لا تغيّرها إلا إذا طلب المسؤول ذلك)</translation>
    </message>
    <message>
        <source>Sign-in server settings</source>
        <translation>إعدادات خادم تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>عنوان URL للت&amp;فويض:</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>عنوان URL للتفويض</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>عنوان URL لل&amp;رمز:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>عنوان URL للرمز</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>استخدام لهذه ال&amp;جلسة فقط</translation>
    </message>
    <message>
        <source>Use the sign-in for this session only</source>
        <translation>استخدام تسجيل الدخول لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation>&amp;نسخ رابط تسجيل الدخول</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>نسخ رابط تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>&amp;تسجيل الدخول في المتصفح</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>تسجيل الدخول في المتصفح</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Export your Document360 knowledge base</source>
        <translation>صدّر قاعدة معرفة Document360 الخاصة بك</translation>
    </message>
    <message>
        <source>PDF, HTML or Markdown, for one language or forty. Start with one of these:</source>
        <translation>PDF أو HTML أو Markdown، للغة واحدة أو لأربعين لغة. ابدأ بأحد الخيارات التالية:</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>إضافة &amp;رمز API…</translation>
    </message>
    <message>
        <source>Paste a token from Document360: Settings &gt; API Tokens. It is kept in your system&apos;s keychain.</source>
        <translation>الصق رمزًا من Document360: الإعدادات &gt; رموز API. يُحفَظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>تسجيل الد&amp;خول بحساب Document360…</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your browser.</source>
        <translation>سجّل الدخول ببيانات Document360 في متصفحك.</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>فتح &amp;بيئة التجربة</translation>
    </message>
    <message>
        <source>Demo projects from a simulator on this computer. Nothing touches a real knowledge base.</source>
        <translation>مشاريع تجريبية من محاكٍ على هذا الحاسوب. لا شيء يمسّ قاعدة معرفة حقيقية.</translation>
    </message>
</context>
<context>
    <name>d360::ExportSession</name>
    <message>
        <source>The Git mirror was not updated: %1</source>
        <translation>لم تُحدَّث مرآة Git: %1</translation>
    </message>
    <message>
        <source>Committed to the Git mirror %1: %2</source>
        <translation>أُودع في مرآة Git %1: %2</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date.</source>
        <translation>مرآة Git %1 محدَّثة.</translation>
    </message>
</context>
<context>
    <name>d360::SandboxCommand</name>
    <message>
        <source>Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).
Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval.</source>
        <translation>تشغيل محاكٍ لـ Document360 V3 API على واجهة loopback حتى المقاطعة (Ctrl+C).
يطبع D360_BASE_URL وD360_API_KEY وغيرها كأسطر NAME=value لاستخدامها مع eval.</translation>
    </message>
    <message>
        <source>API port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>منفذ API على 127.0.0.1؛ والقيمة 0 تختار منفذًا متاحًا (الافتراضي).</translation>
    </message>
    <message>
        <source>seed (project-versions, Bearer; default) or workspaces (X-API-Key).</source>
        <translation>seed (project-versions، Bearer؛ الافتراضي) أو workspaces (X-API-Key).</translation>
    </message>
    <message>
        <source>Read the API key to accept from the first line of stdin instead of generating one.</source>
        <translation>قراءة مفتاح API المقبول من السطر الأول من stdin بدلًا من توليد مفتاح.</translation>
    </message>
    <message>
        <source>How long an export stays Pending (default 300).</source>
        <translation>مدة بقاء التصدير في الحالة Pending (الافتراضي 300).</translation>
    </message>
    <message>
        <source>How long it then stays InProgress (default 1200).</source>
        <translation>مدة بقائه بعدها في الحالة InProgress (الافتراضي 1200).</translation>
    </message>
    <message>
        <source>Requests per token and window; 0 = unlimited (default 60).</source>
        <translation>عدد الطلبات لكل رمز ونافذة زمنية؛ 0 = بلا حد (الافتراضي 60).</translation>
    </message>
    <message>
        <source>The window, in seconds (default 60).</source>
        <translation>النافذة الزمنية بالثواني (الافتراضي 60).</translation>
    </message>
    <message>
        <source>Download links expire after this many seconds (default 1800).</source>
        <translation>تنتهي صلاحية روابط التنزيل بعد هذا العدد من الثواني (الافتراضي 1800).</translation>
    </message>
    <message>
        <source>Make every export file this much bigger, e.g. 200M (default 0).</source>
        <translation>تكبير كل ملف تصدير بهذا المقدار، مثل 200M (الافتراضي 0).</translation>
    </message>
    <message>
        <source>OAuth access tokens expire after this many seconds (default 3600).</source>
        <translation>تنتهي صلاحية رموز وصول OAuth بعد هذا العدد من الثواني (الافتراضي 3600).</translation>
    </message>
    <message>
        <source>An OAuth client id the identity server knows; repeat for several (default d360-exporter-sandbox). Any other is refused with invalid_client.</source>
        <translation>معرّف عميل OAuth يعرفه خادم الهوية؛ كرّره لعدة معرّفات (الافتراضي d360-exporter-sandbox). ويُرفض أي معرّف آخر بالخطأ invalid_client.</translation>
    </message>
    <message>
        <source>OAuth token answers leave out expires_in; clients must read the JWT&apos;s exp.</source>
        <translation>تحذف ردود رموز OAuth الحقل expires_in؛ ويجب على العملاء قراءة exp من JWT.</translation>
    </message>
    <message>
        <source>Download links redirect this many times before the file (default 0).</source>
        <translation>تُعيد روابط التنزيل التوجيه هذا العدد من المرات قبل الملف (الافتراضي 0).</translation>
    </message>
    <message>
        <source>Serve revision N of the demo content (default 1); each revision after the first edits, adds, deletes and renames articles and changes an image.</source>
        <translation>تقديم المراجعة N من المحتوى التجريبي (الافتراضي 1)؛ كل مراجعة بعد الأولى تعدّل مقالات وتضيفها وتحذفها وتعيد تسميتها وتغيّر صورة.</translation>
    </message>
    <message>
        <source>Fault: delay every API answer.</source>
        <translation>خلل: تأخير كل رد من API.</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API answers replaced by 500/502/503/504.</source>
        <translation>خلل: نسبة (0..1) من ردود API تُستبدل بـ 500/502/503/504.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 503.</source>
        <translation>خلل: تجيب طلبات API الـ N التالية بـ 503.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 429.</source>
        <translation>خلل: تجيب طلبات API الـ N التالية بـ 429.</translation>
    </message>
    <message>
        <source>Fault: Retry-After seconds on injected 429s and 503s (default 1).</source>
        <translation>خلل: ثواني Retry-After في ردود 429 و503 المحقونة (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Fault: storage closes the connection after this many body bytes.</source>
        <translation>خلل: يغلق التخزين الاتصال بعد هذا العدد من بايتات المحتوى.</translation>
    </message>
    <message>
        <source>Fault: ... for this many downloads (default 1).</source>
        <translation>خلل: ... لهذا العدد من التنزيلات (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are 200 with a body that is not JSON.</source>
        <translation>خلل: ردود API الـ N التالية هي 200 بمحتوى ليس JSON.</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are cut mid-body.</source>
        <translation>خلل: تُقطع ردود API الـ N التالية في منتصف المحتوى.</translation>
    </message>
    <message>
        <source>Fault: storage sends at most this many bytes per second, e.g. 512K.</source>
        <translation>خلل: يرسل التخزين هذا العدد من البايتات في الثانية على الأكثر، مثل 512K.</translation>
    </message>
    <message>
        <source>Fault: every API request answers 401.</source>
        <translation>خلل: يجيب كل طلب API بـ 401.</translation>
    </message>
    <message>
        <source>Fault: the next N exports end Failed.</source>
        <translation>خلل: تنتهي عمليات التصدير الـ N التالية بالحالة Failed.</translation>
    </message>
    <message>
        <source>Fault: storage ignores Range and sends the whole file.</source>
        <translation>خلل: يتجاهل التخزين Range ويرسل الملف كاملًا.</translation>
    </message>
    <message>
        <source>Fault: storage sends files without Content-Length, ending them by closing.</source>
        <translation>خلل: يرسل التخزين الملفات بلا Content-Length، وينهيها بإغلاق الاتصال.</translation>
    </message>
    <message>
        <source>Storage announces each file&apos;s digests (Repr-Digest, Content-MD5): right or wrong.</source>
        <translation>يعلن التخزين ملخّصات كل ملف (Repr-Digest، Content-MD5): صحيحة أو خاطئة.</translation>
    </message>
    <message>
        <source>Fault: error details quote the credential the request presented.</source>
        <translation>خلل: تقتبس تفاصيل الأخطاء بيانات الاعتماد التي قدّمها الطلب.</translation>
    </message>
    <message>
        <source>Fault: names carry terminal escapes, C1 controls and bidi overrides.</source>
        <translation>خلل: تحمل الأسماء تسلسلات هروب للطرفية، ومحارف تحكم C1، ومحارف تجاوز الاتجاه (bidi).</translation>
    </message>
    <message>
        <source>Fault: API answers grow to at least this size, e.g. 64M.</source>
        <translation>خلل: تكبر ردود API إلى هذا الحجم على الأقل، مثل 64M.</translation>
    </message>
    <message>
        <source>Fault: API answers go without Content-Length, ended by closing.</source>
        <translation>خلل: تُرسل ردود API بلا Content-Length، وتنتهي بإغلاق الاتصال.</translation>
    </message>
    <message>
        <source>Fault: download links are plain http to a host that is not loopback.</source>
        <translation>خلل: روابط التنزيل http غير مشفّرة إلى مضيف ليس loopback.</translation>
    </message>
    <message>
        <source>Fault: the next N OAuth token requests answer 503.</source>
        <translation>خلل: تجيب طلبات رموز OAuth الـ N التالية بـ 503.</translation>
    </message>
    <message>
        <source>Fault: ... then the next N are closed unanswered.</source>
        <translation>خلل: ... ثم تُغلق الطلبات الـ N التالية دون رد.</translation>
    </message>
    <message>
        <source>Run &quot;d360-exporter sandbox --help&quot; for the options.</source>
        <translation>شغّل &quot;d360-exporter sandbox --help&quot; لعرض الخيارات.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value for --%1.</source>
        <translation>قيمة غير صالحة لـ --%1.</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line of stdin must hold the key (printable ASCII, no spaces).</source>
        <translation>--api-key-stdin: يجب أن يحتوي السطر الأول من stdin على المفتاح (محارف ASCII قابلة للطباعة، بلا مسافات).</translation>
    </message>
    <message>
        <source>Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.</source>
        <translation>بيئة تجربة Document360 (اللهجة %1، %2) على %3، والتخزين على %4. أوقفها باستخدام Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopping the sandbox (signal %1).</source>
        <translation>جارٍ إيقاف بيئة التجربة (الإشارة %1).</translation>
    </message>
</context>
<context>
    <name>d360::WindowSession</name>
    <message>
        <source>No temporary folder for the sandbox: %1</source>
        <translation>لا يوجد مجلد مؤقت لبيئة التجربة: %1</translation>
    </message>
    <message>
        <source>Presets and history are not available: the state database could not be opened (the status bar says why).</source>
        <translation>الإعدادات المسبقة والسجل غير متاحة: تعذّر فتح قاعدة بيانات الحالة (يوضح شريط الحالة السبب).</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>بيئة التجربة (تجريبي)</translation>
    </message>
    <message>
        <source>The sandbox account could not be added: %1</source>
        <translation>تعذّرت إضافة حساب بيئة التجربة: %1</translation>
    </message>
</context>
<context>
    <name>d360::api::ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>d360::api::DownloadCall</name>
    <message>
        <source>the file has %1 of %2 bytes</source>
        <translation>يحتوي الملف على %1 من %2 بايت</translation>
    </message>
</context>
<context>
    <name>d360::auth::Account</name>
    <message>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>المشروع %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountManager</name>
    <message>
        <source>There is no such account.</source>
        <translation>لا يوجد حساب كهذا.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>أعطِ الحساب اسمًا.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>يوجد حساب آخر باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the keychain entry of this account cannot be read</source>
        <translation>تتعذّر قراءة مدخل هذا الحساب في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>لم يُقدَّم أي رمز.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1.</source>
        <translation>تعذّر حفظ الحساب: %1.</translation>
    </message>
    <message>
        <source>This account signs in through the browser; sign in again instead.</source>
        <translation>يسجّل هذا الحساب الدخول عبر المتصفح؛ سجّل الدخول مجددًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This account uses an API token; paste a new token instead.</source>
        <translation>يستخدم هذا الحساب رمز API؛ الصق رمزًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The account&apos;s settings could not be removed: %1.</source>
        <translation>تعذّرت إزالة إعدادات الحساب: %1.</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountRepository</name>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>تتعذّر الكتابة في ملف الإعدادات %1</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>ملف الإعدادات %1 تالف</translation>
    </message>
</context>
<context>
    <name>d360::auth::LoopbackRedirectListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>يتعذّر الاستماع على 127.0.0.1 لاستلام رد المتصفح: %1</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>انتهت مهلة الطلب</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>استغرق الطلب وقتًا طويلًا جدًا.</translation>
    </message>
    <message>
        <source>This address only receives a sign-in answer.</source>
        <translation>لا يستقبل هذا العنوان إلا رد تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>الطلب كبير جدًا</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>طلب غير صالح</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>This is not a sign-in answer D360 Exporter is waiting for.</source>
        <translation>هذا ليس رد تسجيل دخول ينتظره D360 Exporter.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match the sign-in D360 Exporter started (wrong state), so it was refused. Start the sign-in again.</source>
        <translation>لم يطابق رد تسجيل الدخول عملية تسجيل الدخول التي بدأها D360 Exporter (قيمة state خاطئة)، لذا رُفض. ابدأ تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>أبلغ خادم تسجيل الدخول عن خطأ: %1</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>أخفق تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>D360 Exporter received your sign-in. You can close this tab and return to the application.</source>
        <translation>استلم D360 Exporter تسجيل دخولك. يمكنك إغلاق علامة التبويب هذه والعودة إلى التطبيق.</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSettings</name>
    <message>
        <source>no client ID is given</source>
        <translation>لم يُقدَّم أي معرّف عميل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in address</source>
        <translation>&quot;%1&quot; ليس عنوان تسجيل دخول</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSignIn</name>
    <message>
        <source>The sign-in timed out: the browser did not come back in time. Start it again.</source>
        <translation>انتهت مهلة تسجيل الدخول: لم يَعُد المتصفح في الوقت المحدد. ابدأه مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1.</source>
        <translation>يتعذّر بدء تسجيل الدخول: %1.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Signing in failed: %1.</source>
        <translation>أخفق تسجيل الدخول: %1.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (access_denied). Sign in again to allow it.</source>
        <translation>رُفض تسجيل الدخول في المتصفح (access_denied). سجّل الدخول مجددًا للسماح به.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>أبلغ خادم تسجيل الدخول عن خطأ: %1</translation>
    </message>
</context>
<context>
    <name>d360::auth::SignInRefusal</name>
    <message>
        <source>Either ask Document360 to register a client ID for D360 Exporter (a public client with the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the account with an API token instead (Document360 portal: Settings &gt; API tokens), which needs no client ID.</source>
        <translation>إما أن تطلب من Document360 تسجيل معرّف عميل لـ D360 Exporter (عميل عام بعنوان إعادة التوجيه http://127.0.0.1/callback) وتُدخله كمعرّف العميل، وإما أن تضيف الحساب برمز API بدلًا من ذلك (بوابة Document360: الإعدادات &gt; رموز API)، وهو لا يحتاج إلى معرّف عميل.</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept the client ID &quot;%1&quot; (%2): it is not registered for this program. %3</source>
        <translation>لا يقبل خادم تسجيل الدخول لدى Document360 معرّف العميل &quot;%1&quot; (%2): فهو غير مسجَّل لهذا البرنامج. %3</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept this program&apos;s return address (%1 about the redirect URI): the client ID &quot;%2&quot; is not registered for http://127.0.0.1/callback. %3</source>
        <translation>لا يقبل خادم تسجيل الدخول لدى Document360 عنوان العودة الخاص بهذا البرنامج (%1 بشأن عنوان إعادة التوجيه): معرّف العميل &quot;%2&quot; غير مسجَّل لـ http://127.0.0.1/callback. %3</translation>
    </message>
    <message>
        <source>If the browser shows &quot;invalid_client&quot;, &quot;unauthorized_client&quot; or an error about the redirect URI, Document360 does not know this client ID: cancel, and use a registered client ID or an API token.</source>
        <translation>إذا عرض المتصفح &quot;invalid_client&quot; أو &quot;unauthorized_client&quot; أو خطأً بشأن عنوان إعادة التوجيه، فإن Document360 لا يعرف معرّف العميل هذا: ألغِ العملية، واستخدم معرّف عميل مسجَّلًا أو رمز API.</translation>
    </message>
    <message>
        <source>Document360 registers a client ID for each application that signs in with a Document360 login, and publishes none for general use. Ask Document360 (or your administrator) for the one registered for D360 Exporter, with the redirect URI http://127.0.0.1/callback. Without one, add the account with an API token.</source>
        <translation>يسجّل Document360 معرّف عميل لكل تطبيق يسجّل الدخول ببيانات Document360، ولا ينشر أي معرّف للاستخدام العام. اطلب من Document360 (أو من المسؤول) المعرّف المسجَّل لـ D360 Exporter، بعنوان إعادة التوجيه http://127.0.0.1/callback. وبدونه، أضف الحساب برمز API.</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenEndpoint</name>
    <message>
        <source>the sign-in server no longer accepts this sign-in (it expired or was revoked): %1</source>
        <translation>لم يَعُد خادم تسجيل الدخول يقبل تسجيل الدخول هذا (انتهت صلاحيته أو أُبطل): %1</translation>
    </message>
    <message>
        <source>the sign-in server refused (%1)%2</source>
        <translation>رفض خادم تسجيل الدخول (%1)%2</translation>
    </message>
    <message>
        <source>the sign-in server answered HTTP %1</source>
        <translation>أجاب خادم تسجيل الدخول بـ HTTP %1</translation>
    </message>
    <message>
        <source>the sign-in server could not be reached: %1</source>
        <translation>تعذّر الوصول إلى خادم تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer could not be read</source>
        <translation>تعذّرت قراءة رد خادم تسجيل الدخول</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation>لا يحتوي رد خادم تسجيل الدخول على رمز وصول</translation>
    </message>
    <message>
        <source>the sign-in server issued a &quot;%1&quot; token; only Bearer tokens are supported</source>
        <translation>أصدر خادم تسجيل الدخول رمزًا من نوع &quot;%1&quot;؛ ولا تُدعم إلا رموز Bearer</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message>
        <source>The sign-in expired and cannot be renewed. Sign in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول ولا يمكن تجديده. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1). Sign in again.</source>
        <translation>تعذّر تجديد تسجيل الدخول (%1). سجّل الدخول مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرة). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرة). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرتين). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرات). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرة). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
            <numerusform>تعذّر تجديد تسجيل الدخول حاليًا: %1 (جُرّب %n مرة). ستُعاد المحاولة تلقائيًا؛ سجّل الدخول مجددًا إذا استمر ذلك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message>
        <source> as %1</source>
        <translation> باسم %1</translation>
    </message>
    <message>
        <source>The command line cannot keep a token for later without a keychain. For a single run, set D360_API_KEY instead.</source>
        <translation>لا يستطيع سطر الأوامر الاحتفاظ برمز لاستخدامه لاحقًا دون سلسلة مفاتيح. لتشغيل واحد، عيّن D360_API_KEY بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Manage stored Document360 accounts. Tokens are kept in the system keychain and read from standard input, never from the command line.

Actions:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</source>
        <translation>إدارة حسابات Document360 المخزَّنة. تُحفظ الرموز في سلسلة مفاتيح النظام وتُقرأ من الإدخال القياسي، وليس من سطر الأوامر أبدًا.

الإجراءات:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</translation>
    </message>
    <message>
        <source>add, list, test, rename or remove.</source>
        <translation>add أو list أو test أو rename أو remove.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>اسم الحساب.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation>الاسم الجديد (rename).</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Region: eu (default), us, or a private hosting name.</source>
        <translation>المنطقة: eu (الافتراضية)، أو us، أو اسم استضافة خاصة.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>A custom API base URL (https, or http on this computer).</source>
        <translation>عنوان URL أساسي مخصص لـ API (https، أو http على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth) instead of pasting a token.</source>
        <translation>تسجيل الدخول عبر المتصفح (OAuth) بدلًا من لصق رمز.</translation>
    </message>
    <message>
        <source>The OAuth client ID Document360 registered for this program; required with --sign-in (or set D360_OAUTH_CLIENT_ID).</source>
        <translation>معرّف عميل OAuth الذي سجّله Document360 لهذا البرنامج؛ مطلوب مع --sign-in (أو عيّن D360_OAUTH_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth authorization URL (default: the region&apos;s, or D360_OAUTH_AUTHORIZE_URL).</source>
        <translation>عنوان URL للتفويض في OAuth (الافتراضي: عنوان المنطقة، أو D360_OAUTH_AUTHORIZE_URL).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: the region&apos;s, or D360_OAUTH_TOKEN_URL).</source>
        <translation>عنوان URL للرمز في OAuth (الافتراضي: عنوان المنطقة، أو D360_OAUTH_TOKEN_URL).</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>العرض بتنسيق JSON.</translation>
    </message>
    <message>
        <source>Name one action: add, list, test, rename or remove.</source>
        <translation>حدّد إجراءً واحدًا: add أو list أو test أو rename أو remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, test, rename or remove.</source>
        <translation>إجراء غير معروف &quot;%1&quot;: استخدم add أو list أو test أو rename أو remove.</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>accounts: %1</translation>
    </message>
    <message>
        <source>Give the account with --name NAME.</source>
        <translation>حدّد الحساب باستخدام --name NAME.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>لا يوجد حساب باسم &quot;%1&quot; (راجع &quot;d360-exporter accounts list&quot;).</translation>
    </message>
    <message>
        <source>Give the new account a name with --name NAME.</source>
        <translation>أعطِ الحساب الجديد اسمًا باستخدام --name NAME.</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>حدّد إما --base-url أو --region، وليس كليهما.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>يتعذّر استخدام عنوان الخادم هذا: %1.</translation>
    </message>
    <message>
        <source>Signing in needs a client ID: give --client-id ID or set D360_OAUTH_CLIENT_ID. %1</source>
        <translation>يحتاج تسجيل الدخول إلى معرّف عميل: حدّد --client-id ID أو عيّن D360_OAUTH_CLIENT_ID. %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>يتعذّر تسجيل الدخول: %1.</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>رمز API لـ %1 (الإدخال مخفي): </translation>
    </message>
    <message>
        <source>No token: %1.</source>
        <translation>لا يوجد رمز: %1.</translation>
    </message>
    <message>
        <source>Checking the token with %1 ...</source>
        <translation>جارٍ التحقق من الرمز لدى %1 ...</translation>
    </message>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشروع</numerusform>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشروع</numerusform>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشروعين</numerusform>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشاريع</numerusform>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشروع</numerusform>
            <numerusform>أُضيف الحساب &quot;%1&quot; (%2). يرى %n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in, and pick the project:</source>
        <translation>افتح هذا الرابط في متصفح على هذا الحاسوب لتسجيل الدخول، واختر المشروع:</translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>في انتظار المتصفح ...</translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشروع</numerusform>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشروع</numerusform>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشروعين</numerusform>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشاريع</numerusform>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشروع</numerusform>
            <numerusform>تم تسجيل الدخول%1؛ أُضيف الحساب &quot;%2&quot; (%3). يرى %n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the sign-in is for project %1, which Document360 does not list for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>ملاحظة: تسجيل الدخول مخصص للمشروع %1، الذي لا يُدرجه Document360 له. سجّل الدخول مجددًا واختر مشروعًا آخر، أو اطلب الوصول من مالك المشروع.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;d360-exporter accounts add --name NAME&quot;.</source>
        <translation>لا توجد حسابات بعد. أضف حسابًا باستخدام &quot;d360-exporter accounts add --name NAME&quot;.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجَّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>يحتاج إلى انتباه: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشروع</numerusform>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشروع</numerusform>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشروعين</numerusform>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشاريع</numerusform>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشروع</numerusform>
            <numerusform>الحساب &quot;%1&quot; يعمل (%2). يرى %n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new name with --to NEW.</source>
        <translation>حدّد الاسم الجديد باستخدام --to NEW.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>أُعيدت تسمية &quot;%1&quot; إلى &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation>أُزيل الحساب &quot;%1&quot; ورمزه.</translation>
    </message>
</context>
<context>
    <name>d360::cli::Command</name>
    <message>
        <source>Also print what happens on the way (retries, failures).</source>
        <translation>اطبع أيضًا ما يحدث أثناء العمل (إعادات المحاولة، والإخفاقات).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print this command&apos;s options.</source>
        <translation>اطبع خيارات هذا الأمر.</translation>
    </message>
</context>
<context>
    <name>d360::cli::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: d360-exporter [--sandbox]          open the window
       d360-exporter COMMAND [OPTIONS]    run headless
       d360-exporter --version

Commands:
</source>
        <translation>الاستخدام: d360-exporter [--sandbox]          فتح النافذة
       d360-exporter COMMAND [OPTIONS]    التشغيل دون واجهة
       d360-exporter --version

الأوامر:
</translation>
    </message>
    <message>
        <source>
Run &quot;d360-exporter COMMAND --help&quot; for the options of a command.
</source>
        <translation>
شغّل &quot;d360-exporter COMMAND --help&quot; لعرض خيارات أمر ما.
</translation>
    </message>
</context>
<context>
    <name>d360::cli::CompareCommand</name>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  %1  &quot;%2&quot;</source>
        <translation>  %1  &quot;%2&quot;</translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation>+%1 -%2 كلمة</translation>
    </message>
    <message>
        <source>Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the exports of two runs from history (their ids as history prints them): articles added, removed, moved or renamed and edited, and images and attachments added, removed and changed. Exit status 0 when they are the same, 1 when they differ, 2 when they cannot be compared.</source>
        <translation>مقارنة تصديرين بتنسيق Markdown أو HTML (كل منهما ملف ZIP أو مجلده المستخرج)، أو عمليات تصدير تشغيلين من السجل (بمعرّفيهما كما يطبعهما history): المقالات المضافة والمحذوفة والمنقولة أو المعاد تسميتها والمعدَّلة، والصور والمرفقات المضافة والمحذوفة والمعدَّلة. حالة الخروج 0 عندما يكونان متطابقين، و1 عندما يختلفان، و2 عندما تتعذّر مقارنتهما.</translation>
    </message>
    <message>
        <source>The earlier export or run.</source>
        <translation>التصدير أو التشغيل الأقدم.</translation>
    </message>
    <message>
        <source>The later export or run.</source>
        <translation>التصدير أو التشغيل الأحدث.</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>اطبع المقارنة ككائن JSON واحد.</translation>
    </message>
    <message>
        <source>Also print the unified diff of each edited article.</source>
        <translation>اطبع أيضًا الفروق الموحَّدة (unified diff) لكل مقالة معدَّلة.</translation>
    </message>
    <message>
        <source>Also write the comparison as one self-contained HTML page, each edited article side by side, to mail to a reviewer.</source>
        <translation>اكتب أيضًا المقارنة كصفحة HTML واحدة مكتفية بذاتها، تعرض كل مقالة معدَّلة جنبًا إلى جنب، لإرسالها بالبريد إلى مراجع.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With two runs: only their exports of the version ID (its id or name).</source>
        <translation>مع تشغيلين: عمليات تصديرهما للإصدار ID فقط (معرّفه أو اسمه).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With two runs: only their exports in the language CODE.</source>
        <translation>مع تشغيلين: عمليات تصديرهما باللغة CODE فقط.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With two runs: only their exports in FORMAT (markdown or html).</source>
        <translation>مع تشغيلين: عمليات تصديرهما بالتنسيق FORMAT فقط (markdown أو html).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Name two exports or two runs to compare: compare OLD NEW.</source>
        <translation>حدّد تصديرين أو تشغيلين للمقارنة: compare OLD NEW.</translation>
    </message>
    <message>
        <source>Compare two exports or two runs, not one of each: %1 is neither an export on disk nor a run.</source>
        <translation>قارن تصديرين أو تشغيلين، وليس واحدًا من كل نوع: %1 ليس تصديرًا على القرص ولا تشغيلًا.</translation>
    </message>
    <message>
        <source>--%1 picks among the exports of two runs; two exports on disk need none.</source>
        <translation>يختار --%1 من بين عمليات تصدير تشغيلين؛ والتصديران على القرص لا يحتاجان إليه.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The HTML report is %1.</source>
        <translation>تقرير HTML هو %1.</translation>
    </message>
    <message>
        <source>No run in history has the id %1 (d360-exporter history lists them).</source>
        <translation>لا يوجد تشغيل في السجل بالمعرّف %1 (يُدرجها d360-exporter history).</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation>
            <numerusform>المعرّف %1 ملتبس: %n تشغيل يبدأ به. حدّد جزءًا أطول منه.</numerusform>
            <numerusform>المعرّف %1 ملتبس: %n تشغيل يبدأ به. حدّد جزءًا أطول منه.</numerusform>
            <numerusform>المعرّف %1 ملتبس: %n تشغيلان يبدآن به. حدّد جزءًا أطول منه.</numerusform>
            <numerusform>المعرّف %1 ملتبس: %n عمليات تشغيل تبدأ به. حدّد جزءًا أطول منه.</numerusform>
            <numerusform>المعرّف %1 ملتبس: %n تشغيل يبدأ به. حدّد جزءًا أطول منه.</numerusform>
            <numerusform>المعرّف %1 ملتبس: %n تشغيل يبدأ به. حدّد جزءًا أطول منه.</numerusform>
        </translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>تتعذّر قراءة السجل: %1</translation>
    </message>
    <message>
        <source>Of the exports the runs %1 and %2 have in common on disk, none is left by --version, --language and --format.</source>
        <translation>من بين عمليات التصدير المشتركة بين التشغيلين %1 و%2 على القرص، لم يتبقَّ أي منها بعد --version و--language و--format.</translation>
    </message>
    <message>
        <source>The runs %1 and %2 have no Markdown or HTML export of the same version, language and format on disk.</source>
        <translation>لا توجد للتشغيلين %1 و%2 عملية تصدير Markdown أو HTML للإصدار واللغة والتنسيق نفسها على القرص.</translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عملية تصدير مشتركة: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عملية تصدير مشتركة: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عمليتا تصدير مشتركتان: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عمليات تصدير مشتركة: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عملية تصدير مشتركة: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
            <numerusform>يكتب --html صفحة واحدة، ولهذين التشغيلين %n عملية تصدير مشتركة: اختر واحدة باستخدام --version أو --language أو --format.</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>%1 و%2 متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>%1 و%2 متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>%1 و%2 متطابقان: %n مقالتان متماثلتان.</numerusform>
            <numerusform>%1 و%2 متطابقان: %n مقالات متماثلة.</numerusform>
            <numerusform>%1 و%2 متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>%1 و%2 متطابقان: %n مقالة متماثلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Some articles carry no id: they were matched by path and title.</source>
        <translation>بعض المقالات بلا معرّف: طوبقت حسب المسار والعنوان.</translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation>مضافة (%1):</translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation>محذوفة (%1):</translation>
    </message>
    <message>
        <source>Moved or renamed (%1):</source>
        <translation>منقولة أو معاد تسميتها (%1):</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation>  %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Edited (%1):</source>
        <translation>معدَّلة (%1):</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Images and attachments (%1):</source>
        <translation>الصور والمرفقات (%1):</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالتان.</numerusform>
            <numerusform>دون تغيير: %n مقالات.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no diff: %2</source>
        <translation>%1: لا يوجد فرق: %2</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ConnectionOptions</name>
    <message>
        <source>API base URL (default: $D360_BASE_URL, else the EU region).</source>
        <translation>عنوان URL الأساسي لـ API (الافتراضي: $D360_BASE_URL، وإلا فمنطقة EU).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region: eu, us, or a private hosting name.</source>
        <translation>المنطقة: eu، أو us، أو اسم استضافة خاصة.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation>استخدام الحساب المخزَّن NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>حدّد إما --base-url أو --region، وليس كليهما.</translation>
    </message>
    <message>
        <source>--account already names the server; leave out --base-url and --region.</source>
        <translation>يحدد --account الخادم مسبقًا؛ احذف --base-url و--region.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>يتعذّر استخدام عنوان الخادم هذا: %1.</translation>
    </message>
    <message>
        <source>No credential: set D360_API_KEY, or use --account NAME with a stored account (see &quot;d360-exporter accounts --help&quot;).</source>
        <translation>لا توجد بيانات اعتماد: عيّن D360_API_KEY، أو استخدم --account NAME مع حساب مخزَّن (راجع &quot;d360-exporter accounts --help&quot;).</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>لا يوجد حساب باسم &quot;%1&quot; (راجع &quot;d360-exporter accounts list&quot;).</translation>
    </message>
    <message>
        <source>%1 Without the keychain, set D360_API_KEY for this run instead.</source>
        <translation>%1 دون سلسلة المفاتيح، عيّن D360_API_KEY لهذا التشغيل بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportCommand</name>
    <message>
        <source>Export Document360 projects as PDF, HTML or Markdown files.

One export runs for every combination of the versions, languages and formats given. The token comes from D360_API_KEY or a stored account (--account), never from the command line; D360_BASE_URL and D360_PROJECT_ID fill in --base-url and --project.

With --preset NAME the saved preset&apos;s values are used (see &quot;d360-exporter presets&quot;); a flag given beside it replaces that value.

Running the same command again after a crash or Ctrl-C resumes the unfinished batch.

Example:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</source>
        <translation>تصدير مشاريع Document360 كملفات PDF أو HTML أو Markdown.

يُجرى تصدير واحد لكل تركيبة من الإصدارات واللغات والتنسيقات المحددة. يأتي الرمز من D360_API_KEY أو من حساب مخزَّن (--account)، وليس من سطر الأوامر أبدًا؛ ويملأ D360_BASE_URL وD360_PROJECT_ID قيمتي --base-url و--project.

مع --preset NAME تُستخدم قيم الإعداد المسبق المحفوظ (راجع &quot;d360-exporter presets&quot;)؛ والخيار المحدد بجانبه يستبدل تلك القيمة.

تشغيل الأمر نفسه مرة أخرى بعد تعطّل أو Ctrl-C يستأنف الدفعة غير المكتملة.

مثال:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</translation>
    </message>
    <message>
        <source>Run the saved preset NAME.</source>
        <translation>تشغيل الإعداد المسبق المحفوظ NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The run was started by a schedule: it is recorded so in history, and a failure raises a desktop notification.</source>
        <translation>بدأت جدولةٌ هذا التشغيل: فيُسجَّل كذلك في السجل، ويُظهر الإخفاق إشعارًا على سطح المكتب.</translation>
    </message>
    <message>
        <source>Print one JSON object per finished export on stdout.</source>
        <translation>اطبع كائن JSON واحدًا لكل تصدير منتهٍ على stdout.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID (see &quot;d360-exporter projects&quot;).</source>
        <translation>حدّد المشروع باستخدام --project ID، أو عيّن D360_PROJECT_ID (راجع &quot;d360-exporter projects&quot;).</translation>
    </message>
    <message>
        <source>Give at least one --version ID, or --version default (see &quot;d360-exporter versions&quot;).</source>
        <translation>حدّد --version ID واحدًا على الأقل، أو --version default (راجع &quot;d360-exporter versions&quot;).</translation>
    </message>
    <message>
        <source>--lang all already includes every language; leave out the codes, or &quot;all&quot;.</source>
        <translation>يشمل --lang all كل اللغات أصلًا؛ احذف الرموز، أو &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>تنسيق غير معروف &quot;%1&quot;: استخدم pdf أو html أو markdown.</translation>
    </message>
    <message>
        <source>Give the folder to write into with --out DIR.</source>
        <translation>حدّد المجلد المراد الكتابة فيه باستخدام --out DIR.</translation>
    </message>
    <message>
        <source>Cannot use this --name-template: %1.</source>
        <translation>يتعذّر استخدام --name-template هذا: %1.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>يأخذ --parallel رقمًا من 1 إلى 64.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>يتعذّر إنشاء المجلد %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2.</source>
        <translation>تتعذّر الكتابة في المجلد %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make the backup&apos;s run folder: %1</source>
        <translation>يتعذّر إنشاء مجلد التشغيل للنسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 to try again.</source>
        <translation>جارٍ استئناف الدفعة غير المكتملة لهذا الأمر: اكتمل %1 من %2 عملية تصدير، و%3 ستُعاد محاولتها.</translation>
    </message>
    <message>
        <source>Cannot plan the export: %1</source>
        <translation>يتعذّر تخطيط التصدير: %1</translation>
    </message>
    <message>
        <source>The manifest is %1.</source>
        <translation>ملف البيان هو %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
            <numerusform>أُزيل تشغيل النسخ الاحتياطي القديم %1 (يحتفظ الإعداد المسبق بـ %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>No Markdown export was completed, so the Git mirror %1 is left as it was.</source>
        <translation>لم يكتمل أي تصدير Markdown، لذا تُركت مرآة Git %1 كما كانت.</translation>
    </message>
    <message>
        <source>export: the Git mirror was not updated: %1</source>
        <translation>export: لم تُحدَّث مرآة Git: %1</translation>
    </message>
    <message>
        <source>Committed %1 to the Git mirror %2: %3</source>
        <translation>أُودع %1 في مرآة Git %2: %3</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date: the exports are what its last commit holds.</source>
        <translation>مرآة Git %1 محدَّثة: عمليات التصدير مطابقة لما يحتويه آخر إيداع فيها.</translation>
    </message>
    <message>
        <source>export: could not clear the finished batch from %1: %2</source>
        <translation>export: تعذّر مسح الدفعة المنتهية من %1: %2</translation>
    </message>
    <message>
        <source>The scheduled export</source>
        <translation>التصدير المجدول</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest could not be written</source>
        <translation>تعذّرت كتابة ملف البيان للنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>the Git mirror was not updated</source>
        <translation>لم تُحدَّث مرآة Git</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>رمز الخروج %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>أخفق %1</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2. See &quot;d360-exporter history&quot;.</source>
        <translation>أخفق التصدير المجدول لـ %1: %2. راجع &quot;d360-exporter history&quot;.</translation>
    </message>
    <message>
        <source>export: interrupted; cancelling the running exports...</source>
        <translation>export: تمت المقاطعة؛ جارٍ إلغاء عمليات التصدير قيد التشغيل...</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportReporter</name>
    <message>
        <source>done       %1 (%2, sha256 %3)</source>
        <translation>تم         %1 (%2، sha256 %3)</translation>
    </message>
    <message>
        <source>
           extracted into %1</source>
        <translation>
           استُخرج إلى %1</translation>
    </message>
    <message>
        <source>
           not extracted: %1</source>
        <translation>
           لم يُستخرج: %1</translation>
    </message>
    <message>
        <source>failed     %1: %2</source>
        <translation>أخفق       %1: %2</translation>
    </message>
    <message>
        <source> Trace id: %1</source>
        <translation> معرّف التتبع: %1</translation>
    </message>
    <message>
        <source>cancelled  %1</source>
        <translation>أُلغي      %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 running, %4 failed; downloading %5</source>
        <translation>اكتمل %1/%2، و%3 قيد التشغيل، و%4 أخفق؛ جارٍ تنزيل %5</translation>
    </message>
    <message>
        <source>%1 of %2 exports done</source>
        <translation>اكتمل %1 من %2 عملية تصدير</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>، أخفق %1</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>، أُلغي %1</translation>
    </message>
    <message>
        <source> Interrupted: no half-written file was left under a final name.</source>
        <translation> تمت المقاطعة: لم يُترك أي ملف مكتوب جزئيًا باسم نهائي.</translation>
    </message>
    <message>
        <source> Run the same command again to finish the batch; completed files are kept.</source>
        <translation> شغّل الأمر نفسه مرة أخرى لإنهاء الدفعة؛ يُحتفَظ بالملفات المكتملة.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportRequestOptions</name>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>معرّف المشروع (الافتراضي: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A version&apos;s id, or &quot;default&quot;; repeat for several.</source>
        <translation>معرّف إصدار، أو &quot;default&quot;؛ كرّره لعدة إصدارات.</translation>
    </message>
    <message>
        <source>A language code, or &quot;all&quot;; repeat for several (default: each version&apos;s default language).</source>
        <translation>رمز لغة، أو &quot;all&quot;؛ كرّره لعدة لغات (الافتراضي: اللغة الافتراضية لكل إصدار).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>pdf, html or markdown; repeat for several (default: pdf).</source>
        <translation>pdf أو html أو markdown؛ كرّره لعدة تنسيقات (الافتراضي: pdf).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The folder to write the files into (created if missing).</source>
        <translation>المجلد المراد كتابة الملفات فيه (يُنشأ إن لم يكن موجودًا).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also extract HTML and Markdown archives into a folder beside each.</source>
        <translation>استخراج أرشيفات HTML وMarkdown أيضًا إلى مجلد بجانب كل منها.</translation>
    </message>
    <message>
        <source>Replace existing files instead of choosing a numbered name.</source>
        <translation>استبدال الملفات الموجودة بدلًا من اختيار اسم مرقَّم.</translation>
    </message>
    <message>
        <source>Exports to run at once (default: 4, or the settings).</source>
        <translation>عدد عمليات التصدير المراد تشغيلها في آن واحد (الافتراضي: 4، أو قيمة الإعدادات).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File names, from {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (default: %1).</source>
        <translation>أسماء الملفات، من {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>تنسيق غير معروف &quot;%1&quot;: استخدم pdf أو html أو markdown.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>يأخذ --parallel رقمًا من 1 إلى 64.</translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message>
        <source>The runs of exports (from the window, the command line and schedules), newest first, with their files and failures.</source>
        <translation>عمليات تشغيل التصدير (من النافذة وسطر الأوامر والجدولات)، الأحدث أولًا، مع ملفاتها وإخفاقاتها.</translation>
    </message>
    <message>
        <source>Only the runs of the preset NAME.</source>
        <translation>عمليات تشغيل الإعداد المسبق NAME فقط.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>At most N runs (default: 20; 0 for all).</source>
        <translation>N عملية تشغيل على الأكثر (الافتراضي: 20؛ و0 للكل).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the runs, with every file and failure, as JSON.</source>
        <translation>اطبع عمليات التشغيل، مع كل ملف وإخفاق، بتنسيق JSON.</translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0 for all).</source>
        <translation>يأخذ --limit عددًا من عمليات التشغيل (0 للكل).</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>لا توجد عمليات تشغيل بعد.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has not run yet.</source>
        <translation>لم يُشغَّل الإعداد المسبق &quot;%1&quot; بعد.</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>قيد التشغيل أو مُقاطَع</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>أخفق %n</numerusform>
            <numerusform>أخفق %n</numerusform>
            <numerusform>أخفق %n</numerusform>
            <numerusform>أخفق %n</numerusform>
            <numerusform>أخفق %n</numerusform>
            <numerusform>أخفق %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::LanguagesCommand</name>
    <message>
        <source>List the languages of a project&apos;s version.</source>
        <translation>عرض لغات إصدار من مشروع.</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>معرّف المشروع (الافتراضي: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The version&apos;s id, or &quot;default&quot;.</source>
        <translation>معرّف الإصدار، أو &quot;default&quot;.</translation>
    </message>
    <message>
        <source>Give the version with --version ID, or --version default.</source>
        <translation>حدّد الإصدار باستخدام --version ID، أو --version default.</translation>
    </message>
    <message>
        <source>the project marks no version as its default</source>
        <translation>لا يحدد المشروع أي إصدار كافتراضي</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>الافتراضية</translation>
    </message>
</context>
<context>
    <name>d360::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>اطبع مصفوفة JSON بدلًا من جدول.</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID.</source>
        <translation>حدّد المشروع باستخدام --project ID، أو عيّن D360_PROJECT_ID.</translation>
    </message>
</context>
<context>
    <name>d360::cli::MirrorCommand</name>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown exports: after each &quot;d360-exporter export --preset NAME&quot;, the exports are extracted into the repository, one folder per version and language, and one commit says what changed. The mirror never pushes and commits only to its branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up
  mirror --preset NAME                                show it
  mirror --preset NAME --off                          stop mirroring</source>
        <translation>إبقاء مستودع Git متوافقًا مع عمليات تصدير Markdown لإعداد مسبق: بعد كل &quot;d360-exporter export --preset NAME&quot;، تُستخرج عمليات التصدير إلى المستودع، بمجلد واحد لكل إصدار ولغة، ويوضح إيداع واحد ما تغيّر. لا تدفع المرآة (push) أبدًا ولا تُودع إلا في فرعها.

  mirror --preset NAME --repo DIR [--branch BRANCH]   إعدادها
  mirror --preset NAME                                عرضها
  mirror --preset NAME --off                          إيقاف النسخ إلى المرآة</translation>
    </message>
    <message>
        <source>The preset to mirror.</source>
        <translation>الإعداد المسبق المراد نسخه إلى المرآة.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The repository&apos;s folder: a Git repository with a working tree, or a missing or empty folder to make one in.</source>
        <translation>مجلد المستودع: مستودع Git ذو شجرة عمل، أو مجلد غير موجود أو فارغ لإنشاء مستودع فيه.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The branch to commit to (default: the repository&apos;s current branch, or &quot;main&quot; for a new one).</source>
        <translation>الفرع المراد الإيداع فيه (الافتراضي: الفرع الحالي للمستودع، أو &quot;main&quot; للمستودع الجديد).</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Stop mirroring; the repository is left as it is.</source>
        <translation>إيقاف النسخ إلى المرآة؛ ويُترك المستودع كما هو.</translation>
    </message>
    <message>
        <source>Name the preset: --preset NAME.</source>
        <translation>حدّد الإعداد المسبق: --preset NAME.</translation>
    </message>
    <message>
        <source>--off takes no --repo or --branch.</source>
        <translation>لا يأخذ --off الخيار --repo أو --branch.</translation>
    </message>
    <message>
        <source>--branch goes with --repo DIR.</source>
        <translation>يُستخدم --branch مع --repo DIR.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; mirrors its Markdown exports into %2, on the branch &quot;%3&quot;.</source>
        <translation>ينسخ الإعداد المسبق &quot;%1&quot; عمليات تصدير Markdown الخاصة به إلى %2، على الفرع &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no Git mirror. Set one up with: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</source>
        <translation>ليست للإعداد المسبق &quot;%1&quot; مرآة Git. أعدّ واحدة باستخدام: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; had no Git mirror.</source>
        <translation>لم تكن للإعداد المسبق &quot;%1&quot; مرآة Git.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; no longer mirrors into %2; the repository is left as it is.</source>
        <translation>لم يَعُد الإعداد المسبق &quot;%1&quot; ينسخ إلى %2؛ ويُترك المستودع كما هو.</translation>
    </message>
    <message>
        <source>%1 Add the format with &quot;d360-exporter presets save&quot; and --replace.</source>
        <translation>%1 أضف التنسيق باستخدام &quot;d360-exporter presets save&quot; و--replace.</translation>
    </message>
    <message>
        <source>Made a new Git repository in %1, on the branch &quot;%2&quot;.</source>
        <translation>أُنشئ مستودع Git جديد في %1، على الفرع &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; now mirrors its Markdown exports into %2, on the branch &quot;%3&quot;. Each run of d360-exporter export --preset &quot;%1&quot; commits what changed.</source>
        <translation>أصبح الإعداد المسبق &quot;%1&quot; الآن ينسخ عمليات تصدير Markdown الخاصة به إلى %2، على الفرع &quot;%3&quot;. كل تشغيل لـ d360-exporter export --preset &quot;%1&quot; يُودع ما تغيّر.</translation>
    </message>
    <message>
        <source>mirror: %1</source>
        <translation>mirror: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::PresetsCommand</name>
    <message>
        <source>Saved exports (presets): save the flags of an export under a name, then run them with &quot;d360-exporter export --preset NAME&quot;, in the window, or on a schedule.

Actions:
  save NAME [the flags of export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

A preset saved without --account takes its credential from D360_API_KEY and D360_BASE_URL each time it runs. --keep N makes it a backup: every run goes into a dated folder of its own, and the last N are kept.</source>
        <translation>عمليات التصدير المحفوظة (الإعدادات المسبقة): احفظ خيارات تصدير باسم، ثم شغّلها باستخدام &quot;d360-exporter export --preset NAME&quot;، أو في النافذة، أو وفق جدولة.

الإجراءات:
  save NAME [خيارات export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

الإعداد المسبق المحفوظ دون --account يأخذ بيانات الاعتماد من D360_API_KEY وD360_BASE_URL في كل مرة يعمل فيها. ويجعله --keep N نسخة احتياطية: يذهب كل تشغيل إلى مجلد مؤرَّخ خاص به، ويُحتفَظ بآخر N منها.</translation>
    </message>
    <message>
        <source>save, list, show, remove, rename, export or import.</source>
        <translation>save أو list أو show أو remove أو rename أو export أو import.</translation>
    </message>
    <message>
        <source>A backup: keep the last N runs, each in a dated folder (save).</source>
        <translation>نسخة احتياطية: الاحتفاظ بآخر N عملية تشغيل، كل منها في مجلد مؤرَّخ (save).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write the preset into (export).</source>
        <translation>الملف المراد كتابة الإعداد المسبق فيه (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save the imported preset under this name (import).</source>
        <translation>حفظ الإعداد المسبق المستورد بهذا الاسم (import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace a preset of the same name (save, import).</source>
        <translation>استبدال إعداد مسبق بالاسم نفسه (save، import).</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>اطبع بتنسيق JSON (list، show).</translation>
    </message>
    <message>
        <source>Name one action: save, list, show, remove, rename, export or import.</source>
        <translation>حدّد إجراءً واحدًا: save أو list أو show أو remove أو rename أو export أو import.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use save, list, show, remove, rename, export or import.</source>
        <translation>إجراء غير معروف &quot;%1&quot;: استخدم save أو list أو show أو remove أو rename أو export أو import.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes no name.</source>
        <translation>لا يأخذ &quot;presets %1&quot; اسمًا.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes one name (quote a name with spaces).</source>
        <translation>يأخذ &quot;presets %1&quot; اسمًا واحدًا (ضع الاسم الذي يحتوي على مسافات بين علامتي اقتباس).</translation>
    </message>
    <message>
        <source>&quot;presets rename&quot; takes the old name and the new one.</source>
        <translation>يأخذ &quot;presets rename&quot; الاسم القديم والاسم الجديد.</translation>
    </message>
    <message>
        <source>--keep takes a number of runs from 1 to 10000.</source>
        <translation>يأخذ --keep عددًا من عمليات التشغيل من 1 إلى 10000.</translation>
    </message>
    <message>
        <source>There is no stored account &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>لا يوجد حساب مخزَّن &quot;%1&quot; (راجع &quot;d360-exporter accounts list&quot;).</translation>
    </message>
    <message>
        <source>Give --replace to replace it.</source>
        <translation>حدّد --replace لاستبداله.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;: %2</source>
        <translation>حُفظ الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Run it with: d360-exporter export --preset &quot;%1&quot;</source>
        <translation>شغّله باستخدام: d360-exporter export --preset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The preset no longer exports Markdown, so it no longer mirrors into %1; the repository is left as it is.</source>
        <translation>لم يَعُد الإعداد المسبق يصدّر Markdown، لذا لم يَعُد ينسخ إلى %1؛ ويُترك المستودع كما هو.</translation>
    </message>
    <message>
        <source>No presets yet. Save one with: d360-exporter presets save NAME --project ID --version default --out DIR</source>
        <translation>لا توجد إعدادات مسبقة بعد. احفظ واحدًا باستخدام: d360-exporter presets save NAME --project ID --version default --out DIR</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(متغيرات البيئة)</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>يحتفظ بـ %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>EXPORTS</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>(D360_API_KEY and D360_BASE_URL)</source>
        <translation>(D360_API_KEY وD360_BASE_URL)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>each version&apos;s default</source>
        <translation>اللغة الافتراضية لكل إصدار</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>أسماء الملفات</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>الاستخراج</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>keeps the last %1 runs</source>
        <translation>يحتفظ بآخر %1 عملية تشغيل</translation>
    </message>
    <message>
        <source>Git mirror</source>
        <translation>مرآة Git</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (الفرع %2)</translation>
    </message>
    <message>
        <source>Run with</source>
        <translation>التشغيل باستخدام</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Removed the preset &quot;%1&quot;.</source>
        <translation>أُزيل الإعداد المسبق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Renamed the preset &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>أُعيدت تسمية الإعداد المسبق &quot;%1&quot; إلى &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The preset is renamed, but its schedule still runs &quot;%1&quot;: %2</source>
        <translation>أُعيدت تسمية الإعداد المسبق، لكن جدولته لا تزال تشغّل &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Its schedule now runs &quot;%1&quot;.</source>
        <translation>أصبحت جدولته الآن تشغّل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>To update the scheduler, run:</source>
        <translation>لتحديث المجدول، شغّل:</translation>
    </message>
    <message>
        <source>Give the file to write with --file FILE.</source>
        <translation>حدّد الملف المراد كتابته باستخدام --file FILE.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>كُتب الإعداد المسبق &quot;%1&quot; في %2 (لا يحتوي على بيانات اعتماد).</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not stored here. Add it (d360-exporter accounts add --name &quot;%2&quot;), or pick one with --account NAME.</source>
        <translation>يعمل الإعداد المسبق &quot;%1&quot; على الحساب &quot;%2&quot;، غير المخزَّن هنا. أضفه (d360-exporter accounts add --name &quot;%2&quot;)، أو اختر حسابًا باستخدام --account NAME.</translation>
    </message>
    <message>
        <source>Give --name NEW to import it beside, or --replace.</source>
        <translation>حدّد --name NEW لاستيراده بجانبه، أو --replace.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot;: %2</source>
        <translation>استُورد الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the reason, then what to do about it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; (see &quot;d360-exporter presets list&quot;).</source>
        <translation>لا يوجد إعداد مسبق &quot;%1&quot; (راجع &quot;d360-exporter presets list&quot;).</translation>
    </message>
    <message>
        <source>presets: %1</source>
        <translation>presets: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ProjectsCommand</name>
    <message>
        <source>List the Document360 projects the token can see.</source>
        <translation>عرض مشاريع Document360 التي يستطيع الرمز رؤيتها.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>النطاق الفرعي</translation>
    </message>
</context>
<context>
    <name>d360::cli::ScheduleCommand</name>
    <message>
        <source>Back up a preset on a schedule that the operating system keeps (a systemd user timer on Linux), so it also runs when the window is closed. A schedule runs &quot;d360-exporter export --preset NAME --scheduled&quot;.

Actions:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</source>
        <translation>النسخ الاحتياطي لإعداد مسبق وفق جدولة يحتفظ بها نظام التشغيل (مؤقّت مستخدم systemd على Linux)، ليعمل أيضًا عندما تكون النافذة مغلقة. تشغّل الجدولة &quot;d360-exporter export --preset NAME --scheduled&quot;.

الإجراءات:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add أو list أو remove.</translation>
    </message>
    <message>
        <source>The preset to back up (add).</source>
        <translation>الإعداد المسبق المراد نسخه احتياطيًا (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Every day at this time (24-hour, local time).</source>
        <translation>كل يوم في هذا الوقت (بنظام 24 ساعة، بالتوقيت المحلي).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Every week on this day (mon..sun, or the full name) at the time that follows: --weekly mon 02:30.</source>
        <translation>كل أسبوع في هذا اليوم (mon..sun، أو الاسم الكامل) في الوقت الذي يليه: --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>Every N hours (6h) or days (2d).</source>
        <translation>كل N ساعة (6h) أو يوم (2d).</translation>
    </message>
    <message>
        <source>N(h|d)</source>
        <translation>N(h|d)</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>العرض بتنسيق JSON.</translation>
    </message>
    <message>
        <source>Name one action: add, list or remove.</source>
        <translation>حدّد إجراءً واحدًا: add أو list أو remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or remove.</source>
        <translation>إجراء غير معروف &quot;%1&quot;: استخدم add أو list أو remove.</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>schedule: %1</translation>
    </message>
    <message>
        <source>Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every N(h|d).</source>
        <translation>حدّد الموعد بخيار واحد بالضبط من --daily HH:MM أو --weekly DAY HH:MM أو --every N(h|d).</translation>
    </message>
    <message>
        <source>Give the time after the day: --weekly DAY HH:MM, for example --weekly mon 02:30.</source>
        <translation>حدّد الوقت بعد اليوم: --weekly DAY HH:MM، مثل --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the day and the time: --weekly DAY HH:MM.</source>
        <translation>حدّد اليوم والوقت: --weekly DAY HH:MM.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Scheduled the preset &quot;%1&quot; %2. Wrote:</source>
        <translation>جُدول الإعداد المسبق &quot;%1&quot; %2. كُتب:</translation>
    </message>
    <message>
        <source>The timer is enabled; &quot;systemctl --user list-timers&quot; shows when it runs next.</source>
        <translation>المؤقّت مُفعَّل؛ ويعرض &quot;systemctl --user list-timers&quot; موعد تشغيله التالي.</translation>
    </message>
    <message>
        <source>To start the schedule, run:</source>
        <translation>لبدء الجدولة، شغّل:</translation>
    </message>
    <message>
        <source>No schedules in %1. Add one with &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</source>
        <translation>لا توجد جدولات في %1. أضف واحدة باستخدام &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مُفعَّل</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>غير مُفعَّل</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Name the preset whose schedule to remove: schedule remove NAME.</source>
        <translation>حدّد الإعداد المسبق المراد إزالة جدولته: schedule remove NAME.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>حُذف %1</translation>
    </message>
    <message>
        <source>If the schedule was running, also run:</source>
        <translation>إذا كانت الجدولة قيد التشغيل، فشغّل أيضًا:</translation>
    </message>
</context>
<context>
    <name>d360::cli::SecretInput</name>
    <message>
        <source>cannot turn off echo on this terminal, so the token is not read from it; pipe it in instead</source>
        <translation>يتعذّر إيقاف صدى الإدخال (echo) في هذه الطرفية، لذا لا يُقرأ الرمز منها؛ مرّره عبر أنبوب (pipe) بدلًا من ذلك</translation>
    </message>
    <message>
        <source>the token could not be read from standard input</source>
        <translation>تعذّرت قراءة الرمز من الإدخال القياسي</translation>
    </message>
    <message>
        <source>no token on standard input (type or paste it, or pipe it in)</source>
        <translation>لا يوجد رمز في الإدخال القياسي (اكتبه أو الصقه، أو مرّره عبر أنبوب)</translation>
    </message>
    <message>
        <source>reading a token is not supported on this system yet</source>
        <translation>قراءة الرمز غير مدعومة على هذا النظام بعد</translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Check that a backup run folder holds exactly the files its manifest.json lists: reports missing, changed and extra files, and planned files that were never exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest.</source>
        <translation>التحقق من أن مجلد تشغيل النسخ الاحتياطي يحتوي بالضبط على الملفات التي يُدرجها ملف manifest.json الخاص به: يُبلغ عن الملفات المفقودة والمعدَّلة والزائدة، والملفات المخطط لها التي لم تُصدَّر قط. حالة الخروج 0 عندما يكون سليمًا، و1 عندما لا يكون كذلك، و4 عندما لا يحتوي المجلد على ملف بيان.</translation>
    </message>
    <message>
        <source>The run folder (the one that holds manifest.json).</source>
        <translation>مجلد التشغيل (الذي يحتوي على manifest.json).</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>اطبع التقرير ككائن JSON واحد.</translation>
    </message>
    <message>
        <source>Name the run folder to verify.</source>
        <translation>حدّد مجلد التشغيل المراد التحقق منه.</translation>
    </message>
    <message>
        <source>Name one run folder to verify, not %1.</source>
        <translation>حدّد مجلد تشغيل واحدًا للتحقق منه، وليس %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان الخاص به.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان الخاص به.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملفين مقابل ملف البيان الخاص به.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملفات مقابل ملف البيان الخاص به.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان الخاص به.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان الخاص به.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation>
            <numerusform>%1 غير سليم: %n مشكلة.</numerusform>
            <numerusform>%1 غير سليم: %n مشكلة.</numerusform>
            <numerusform>%1 غير سليم: %n مشكلتان.</numerusform>
            <numerusform>%1 غير سليم: %n مشكلات.</numerusform>
            <numerusform>%1 غير سليم: %n مشكلة.</numerusform>
            <numerusform>%1 غير سليم: %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (%1):</source>
        <translation>مفقودة (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>معدَّلة (%1):</translation>
    </message>
    <message>
        <source>Extra (%1):</source>
        <translation>زائدة (%1):</translation>
    </message>
    <message>
        <source>Never exported, as the manifest&apos;s verdict says (%1):</source>
        <translation>لم تُصدَّر قط، كما يذكر حكم ملف البيان (%1):</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::VersionsCommand</name>
    <message>
        <source>List the versions (workspaces) of a project.</source>
        <translation>عرض إصدارات مشروع (مساحات العمل).</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>معرّف المشروع (الافتراضي: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>المعرّف المختصر (slug)</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>(+%1 −%2 كلمة)</translation>
    </message>
    <message>
        <source>No diff: %1</source>
        <translation>لا يوجد فرق: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالتان متماثلتان.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالات متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>مضافة (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>محذوفة (%1)</translation>
    </message>
    <message>
        <source>Moved or renamed (%1)</source>
        <translation>منقولة أو معاد تسميتها (%1)</translation>
    </message>
    <message>
        <source>Images and attachments (%1)</source>
        <translation>الصور والمرفقات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالتان.</numerusform>
            <numerusform>دون تغيير: %n مقالات.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
            <numerusform>دون تغيير: %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>معدَّلة (%1)</translation>
    </message>
</context>
<context>
    <name>d360::compare::ExportSnapshot</name>
    <message>
        <source>%1 holds more than %2 files, more than an export has.</source>
        <translation>يحتوي %1 على أكثر من %2 ملف، وهذا أكثر مما يحتويه أي تصدير.</translation>
    </message>
    <message>
        <source>%1 is too large to compare (at %2).</source>
        <translation>%1 أكبر من أن تمكن مقارنته (عند %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 تالف: تتعذّر قراءة %2 حتى نهايته.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut short.</source>
        <translation>%1 تالف: %2 مقتطع.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive.</source>
        <translation>%1 ليس مجلدًا ولا أرشيف ZIP.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 تالف: تتعذّر قراءة أحد المدخلات.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>المدخل &quot;%1&quot; رابط رمزي</translation>
    </message>
    <message>
        <source>%1 is not an export that can be compared: %2.</source>
        <translation>%1 ليس تصديرًا يمكن مقارنته: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 تالف: تتعذّر قراءة %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not unpack.</source>
        <translation>%1 تالف: يتعذّر فك ضغط %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (ZIP error %2).</source>
        <translation>%1 تالف (خطأ ZIP %2).</translation>
    </message>
    <message>
        <source>%1 holds no Markdown or HTML article: compare Markdown or HTML exports (a PDF cannot be compared article by article).</source>
        <translation>%1 لا يحتوي على أي مقالة Markdown أو HTML: قارن عمليات تصدير Markdown أو HTML (لا يمكن مقارنة PDF مقالةً بمقالة).</translation>
    </message>
</context>
<context>
    <name>d360::compare::RunComparisonSources</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>This run has not finished.</source>
        <translation>لم ينتهِ هذا التشغيل.</translation>
    </message>
    <message>
        <source>This run has no Markdown or HTML export on disk to compare.</source>
        <translation>لا يوجد لهذا التشغيل تصدير Markdown أو HTML على القرص للمقارنة.</translation>
    </message>
    <message>
        <source>No earlier run exported the same selection of this project.</source>
        <translation>لم يُصدِّر أي تشغيل سابق التحديد نفسه من هذا المشروع.</translation>
    </message>
    <message>
        <source>No earlier run of the preset &quot;%1&quot; has finished.</source>
        <translation>لم ينتهِ أي تشغيل سابق للإعداد المسبق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The previous run has no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>لا يوجد للتشغيل السابق تصدير Markdown أو HTML على القرص للإصدار واللغة والتنسيق نفسها.</translation>
    </message>
</context>
<context>
    <name>d360::compare::TextDiff</name>
    <message>
        <source>The two texts could not be compared: %1</source>
        <translation>تعذّرت مقارنة النصين: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (مبني باستخدام %2)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Export Document360 knowledge bases as PDF, HTML or Markdown.</source>
        <translation>تصدير قواعد معرفة Document360 بتنسيق PDF أو HTML أو Markdown.</translation>
    </message>
    <message>
        <source>%1 (free software)</source>
        <translation>%1 (برنامج حر)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>Project page:</source>
        <translation>صفحة المشروع:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>النظام:</translation>
    </message>
    <message>
        <source>State database:</source>
        <translation>قاعدة بيانات الحالة:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>الرموز:</translation>
    </message>
    <message>
        <source>only in the system keychain, service %1</source>
        <translation>في سلسلة مفاتيح النظام فقط، الخدمة %1</translation>
    </message>
    <message>
        <source>This window runs on the demo sandbox: its account and queue are temporary and go when it closes.</source>
        <translation>تعمل هذه النافذة على بيئة التجربة: حسابها وقائمة انتظارها مؤقتان ويزولان عند إغلاقها.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the version and folders, to paste into a support request</source>
        <translation>نسخ الإصدار والمجلدات للصقها في طلب دعم</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>نُسخ.</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message>
        <source>Replace the API token</source>
        <translation>استبدال رمز API</translation>
    </message>
    <message>
        <source>This account needs a new token: %1
Paste a new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>يحتاج هذا الحساب إلى رمز جديد: %1
الصق رمزًا جديدًا من بوابة Document360؛ يُتحقَّق منه قبل أن يحل محل الرمز القديم.</translation>
    </message>
    <message>
        <source>Paste the new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>الصق الرمز الجديد من بوابة Document360؛ يُتحقَّق منه قبل أن يحل محل الرمز القديم.</translation>
    </message>
    <message>
        <source>Check the token with the server, then save it</source>
        <translation>التحقق من الرمز لدى الخادم، ثم حفظه</translation>
    </message>
    <message>
        <source>Give the account a name first</source>
        <translation>أعطِ الحساب اسمًا أولًا</translation>
    </message>
    <message>
        <source>Paste the token first</source>
        <translation>الصق الرمز أولًا</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>يتعذّر استخدام هذا الخادم: %1.</translation>
    </message>
    <message>
        <source>Checking the token with the server ...</source>
        <translation>جارٍ التحقق من الرمز لدى الخادم ...</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved).</source>
        <translation>محفوظ لهذه الجلسة فقط (غير مخزَّن).</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>حُفظ في سلسلة المفاتيح.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation>
            <numerusform>الرمز يعمل. %1 يرى %n مشروع: %2</numerusform>
            <numerusform>الرمز يعمل. %1 يرى %n مشروع: %2</numerusform>
            <numerusform>الرمز يعمل. %1 يرى %n مشروعين: %2</numerusform>
            <numerusform>الرمز يعمل. %1 يرى %n مشاريع: %2</numerusform>
            <numerusform>الرمز يعمل. %1 يرى %n مشروع: %2</numerusform>
            <numerusform>الرمز يعمل. %1 يرى %n مشروع: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>The token works, but it could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>الرمز يعمل، لكن تعذّر حفظه: %1
يمكنك استخدامه لهذه الجلسة فقط؛ فيُحتفَظ به في الذاكرة ويُنسى عند إغلاق D360 Exporter.</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>The Document360 account to export from</source>
        <translation>حساب Document360 المراد التصدير منه</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (يحتاج إلى انتباه)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountsDialog</name>
    <message>
        <source>needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>No accounts yet. Add an API token, or sign in with your Document360 login.</source>
        <translation>لا توجد حسابات بعد. أضف رمز API، أو سجّل الدخول ببيانات Document360.</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>تسجيل الدخول م&amp;جددًا…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>ا&amp;ستبدال الرمز…</translation>
    </message>
    <message>
        <source>Server: %1
Kind: %2%3
Projects it sees: %4</source>
        <translation>الخادم: %1
النوع: %2%3
المشاريع التي يراها: %4</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (لهذه الجلسة فقط)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>مسجَّل الدخول باسم: %1</translation>
    </message>
    <message>
        <source>The sign-in is for project %1, which Document360 does not list for it.</source>
        <translation>تسجيل الدخول مخصص للمشروع %1، الذي لا يُدرجه Document360 له.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>يحتاج إلى انتباه: %1</translation>
    </message>
    <message>
        <source>Testing ...</source>
        <translation>جارٍ الاختبار ...</translation>
    </message>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشروع.</numerusform>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشروع.</numerusform>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشروعين.</numerusform>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشاريع.</numerusform>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشروع.</numerusform>
            <numerusform>نجح الاختبار: يقبل الخادم بيانات الاعتماد ويُدرج %n مشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>أخفق الاختبار: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted from the keychain. Exports already downloaded stay where they are.</source>
        <translation>هل تريد إزالة &quot;%1&quot;؟ سيُحذف رمزه من سلسلة المفاتيح. وتبقى عمليات التصدير المنزَّلة مسبقًا في مكانها.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>أُزيل &quot;%1&quot; ورمزه.</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>تعذّرت إزالة الحساب: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation>
            <numerusform>؛ %n ملف حصل على اسم مرقَّم لأن ملفات بأسمائها كانت موجودة مسبقًا</numerusform>
            <numerusform>؛ %n ملف حصل على اسم مرقَّم لأن ملفات بأسمائها كانت موجودة مسبقًا</numerusform>
            <numerusform>؛ %n ملفان حصلا على اسمين مرقَّمين لأن ملفات بأسمائهما كانت موجودة مسبقًا</numerusform>
            <numerusform>؛ %n ملفات حصلت على أسماء مرقَّمة لأن ملفات بأسمائها كانت موجودة مسبقًا</numerusform>
            <numerusform>؛ %n ملف حصل على اسم مرقَّم لأن ملفات بأسمائها كانت موجودة مسبقًا</numerusform>
            <numerusform>؛ %n ملف حصل على اسم مرقَّم لأن ملفات بأسمائها كانت موجودة مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation>
            <numerusform>صُدِّر %n ملف إلى %1</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1</numerusform>
            <numerusform>صُدِّر %n ملفان إلى %1</numerusform>
            <numerusform>صُدِّرت %n ملفات إلى %1</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation>
            <numerusform>صُدِّر %n ملف إلى %1 مجلدات</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1 مجلدات</numerusform>
            <numerusform>صُدِّر %n ملفان إلى %1 مجلدات</numerusform>
            <numerusform>صُدِّرت %n ملفات إلى %1 مجلدات</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1 مجلدات</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1 مجلدات</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exported</source>
        <translation>صُدِّر %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>، أخفق %n</numerusform>
            <numerusform>، أخفق %n</numerusform>
            <numerusform>، أخفق %n</numerusform>
            <numerusform>، أخفق %n</numerusform>
            <numerusform>، أخفق %n</numerusform>
            <numerusform>، أخفق %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>، أُلغي %n</numerusform>
            <numerusform>، أُلغي %n</numerusform>
            <numerusform>، أُلغي %n</numerusform>
            <numerusform>، أُلغي %n</numerusform>
            <numerusform>، أُلغي %n</numerusform>
            <numerusform>، أُلغي %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed while running</source>
        <translation>، أُزيل %1 أثناء التشغيل</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>لم يُقدَّم أي سبب</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>أخفق التصدير</translation>
    </message>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
</context>
<context>
    <name>d360::gui::ChangeListModel</name>
    <message>
        <source>File added: %1</source>
        <translation>ملف مضاف: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>ملف محذوف: %1</translation>
    </message>
    <message>
        <source>File changed: %1</source>
        <translation>ملف معدَّل: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>مضافة: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>محذوفة: %1</translation>
    </message>
    <message>
        <source>Renamed and edited: %1 (+%2 −%3 words)</source>
        <translation>أُعيدت تسميتها وعُدِّلت: %1 (+%2 −%3 كلمة)</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>أُعيدت تسميتها: %1</translation>
    </message>
    <message>
        <source>Moved and edited: %1 (+%2 −%3 words)</source>
        <translation>نُقلت وعُدِّلت: %1 (+%2 −%3 كلمة)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>نُقلت: %1</translation>
    </message>
    <message>
        <source>Edited: %1 (+%2 −%3 words)</source>
        <translation>عُدِّلت: %1 (+%2 −%3 كلمة)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::CompareDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Two &amp;runs from history</source>
        <translation>تشغيلان من ال&amp;سجل</translation>
    </message>
    <message>
        <source>Two exports on &amp;disk (ZIP or extracted folder)</source>
        <translation>تصديران على ال&amp;قرص (ZIP أو مجلد مستخرج)</translation>
    </message>
    <message>
        <source>Compare Exports</source>
        <translation>مقارنة عمليات التصدير</translation>
    </message>
    <message>
        <source>&amp;Earlier run:</source>
        <translation>التشغيل ال&amp;أقدم:</translation>
    </message>
    <message>
        <source>&amp;Later run:</source>
        <translation>التشغيل الأحد&amp;ث:</translation>
    </message>
    <message>
        <source>Earlier e&amp;xport:</source>
        <translation>ال&amp;تصدير الأقدم:</translation>
    </message>
    <message>
        <source>Later ex&amp;port:</source>
        <translation>التصدير الأ&amp;حدث:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>History holds fewer than two finished runs.</source>
        <translation>يحتوي السجل على أقل من تشغيلين منتهيين.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Pick an export&apos;s ZIP file</source>
        <translation>اختيار ملف ZIP لتصدير</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <source>Pick the folder an export was extracted into</source>
        <translation>اختيار المجلد الذي استُخرج إليه تصدير</translation>
    </message>
    <message>
        <source>Pick an Extracted Export</source>
        <translation>اختيار تصدير مستخرج</translation>
    </message>
    <message>
        <source>Pick an Export ZIP</source>
        <translation>اختيار ملف ZIP لتصدير</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>أرشيفات ZIP (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>اختر تشغيلين مختلفين.</translation>
    </message>
    <message>
        <source>These two runs have no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>لا يوجد لهذين التشغيلين تصدير Markdown أو HTML على القرص للإصدار واللغة والتنسيق نفسها.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name two exports: a ZIP file or an extracted folder each.</source>
        <translation>حدّد تصديرين: ملف ZIP أو مجلدًا مستخرجًا لكل منهما.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالتان متماثلتان.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالات متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
            <numerusform>التصديران متطابقان: %n مقالة متماثلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n معدَّلة</numerusform>
            <numerusform>%n معدَّلة</numerusform>
            <numerusform>%n معدَّلتان</numerusform>
            <numerusform>%n معدَّلة</numerusform>
            <numerusform>%n معدَّلة</numerusform>
            <numerusform>%n معدَّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافتان</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n محذوفة</numerusform>
            <numerusform>%n محذوفة</numerusform>
            <numerusform>%n محذوفتان</numerusform>
            <numerusform>%n محذوفة</numerusform>
            <numerusform>%n محذوفة</numerusform>
            <numerusform>%n محذوفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n معاد تسميتها</numerusform>
            <numerusform>%n معاد تسميتها</numerusform>
            <numerusform>%n معاد تسميتهما</numerusform>
            <numerusform>%n معاد تسميتها</numerusform>
            <numerusform>%n معاد تسميتها</numerusform>
            <numerusform>%n معاد تسميتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n منقولة</numerusform>
            <numerusform>%n منقولة</numerusform>
            <numerusform>%n منقولتان</numerusform>
            <numerusform>%n منقولة</numerusform>
            <numerusform>%n منقولة</numerusform>
            <numerusform>%n منقولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n صورة معدَّلة</numerusform>
            <numerusform>%n صورة معدَّلة</numerusform>
            <numerusform>%n صورتان معدَّلتان</numerusform>
            <numerusform>%n صور معدَّلة</numerusform>
            <numerusform>%n صورة معدَّلة</numerusform>
            <numerusform>%n صورة معدَّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n صورة مضافة</numerusform>
            <numerusform>%n صورة مضافة</numerusform>
            <numerusform>%n صورتان مضافتان</numerusform>
            <numerusform>%n صور مضافة</numerusform>
            <numerusform>%n صورة مضافة</numerusform>
            <numerusform>%n صورة مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n صورة محذوفة</numerusform>
            <numerusform>%n صورة محذوفة</numerusform>
            <numerusform>%n صورتان محذوفتان</numerusform>
            <numerusform>%n صور محذوفة</numerusform>
            <numerusform>%n صورة محذوفة</numerusform>
            <numerusform>%n صورة محذوفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n مرفق معدَّل</numerusform>
            <numerusform>%n مرفق معدَّل</numerusform>
            <numerusform>%n مرفقان معدَّلان</numerusform>
            <numerusform>%n مرفقات معدَّلة</numerusform>
            <numerusform>%n مرفق معدَّل</numerusform>
            <numerusform>%n مرفق معدَّل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n مرفق مضاف</numerusform>
            <numerusform>%n مرفق مضاف</numerusform>
            <numerusform>%n مرفقان مضافان</numerusform>
            <numerusform>%n مرفقات مضافة</numerusform>
            <numerusform>%n مرفق مضاف</numerusform>
            <numerusform>%n مرفق مضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n مرفق محذوف</numerusform>
            <numerusform>%n مرفق محذوف</numerusform>
            <numerusform>%n مرفقان محذوفان</numerusform>
            <numerusform>%n مرفقات محذوفة</numerusform>
            <numerusform>%n مرفق محذوف</numerusform>
            <numerusform>%n مرفق محذوف</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of one kind</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>articles&apos; counts; images&apos; and attachments&apos; counts</comment>
        <translation>%1؛ %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonWindow</name>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;حفظ كـ HTML…</translation>
    </message>
    <message>
        <source>What Changed: %1</source>
        <translation>ما الذي تغيّر: %1</translation>
    </message>
    <message>
        <source>Export compared</source>
        <translation>التصدير المقارَن</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>ال&amp;تصدير:</translation>
    </message>
    <message>
        <source>Changed articles and files</source>
        <translation>المقالات والملفات المتغيرة</translation>
    </message>
    <message>
        <source>Diff of the selected article</source>
        <translation>فروق المقالة المحددة</translation>
    </message>
    <message>
        <source>Write this comparison as one self-contained HTML page, to mail to a reviewer</source>
        <translation>كتابة هذه المقارنة كصفحة HTML واحدة مكتفية بذاتها، لإرسالها بالبريد إلى مراجع</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>تتعذّر المقارنة: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), renamed from “%3” (%4)</source>
        <translation>%1 (%2)، أُعيدت تسميتها من “%3” (%4)</translation>
    </message>
    <message>
        <source>%1 (%2), moved from %3</source>
        <translation>%1 (%2)، نُقلت من %3</translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation>لم يتغير النص.</translation>
    </message>
    <message>
        <source>This file is new in the later export.</source>
        <translation>هذا الملف جديد في التصدير الأحدث.</translation>
    </message>
    <message>
        <source>This file is not in the later export.</source>
        <translation>هذا الملف غير موجود في التصدير الأحدث.</translation>
    </message>
    <message>
        <source>This file&apos;s content changed (its SHA-256 differs).</source>
        <translation>تغيّر محتوى هذا الملف (يختلف SHA-256 الخاص به).</translation>
    </message>
    <message>
        <source>Save the Comparison as HTML</source>
        <translation>حفظ المقارنة بتنسيق HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>صفحات HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>حُفظت المقارنة في %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>يتعذّر حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::DiffLineModel</name>
    <message>
        <source>No diff: %1</source>
        <translation>لا يوجد فرق: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>hunk</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>d360::gui::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>This project is inactive in Document360. Its content may be out of date; it exports all the same.</source>
        <translation>هذا المشروع غير نشط في Document360. ربما يكون محتواه قديمًا؛ لكنه يُصدَّر مع ذلك.</translation>
    </message>
    <message>
        <source>Pick a version on the left.</source>
        <translation>اختر إصدارًا من القائمة الجانبية.</translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation>جارٍ تحميل اللغات…</translation>
    </message>
    <message>
        <source>Could not load the languages: %1</source>
        <translation>تعذّر تحميل اللغات: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Pick a version first.</source>
        <translation>اختر إصدارًا أولًا.</translation>
    </message>
    <message>
        <source>Choose where to save the files.</source>
        <translation>اختر مكان حفظ الملفات.</translation>
    </message>
    <message>
        <source>Pick at least one language and one format.</source>
        <translation>اختر لغة واحدة وتنسيقًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Save these choices under a name, to run them again later</source>
        <translation>حفظ هذه الخيارات باسم، لتشغيلها مرة أخرى لاحقًا</translation>
    </message>
    <message>
        <source>Save exports to</source>
        <translation>حفظ عمليات التصدير في</translation>
    </message>
    <message numerus="yes">
        <source>Export %n files</source>
        <translation>
            <numerusform>تصدير %n ملف</numerusform>
            <numerusform>تصدير %n ملف</numerusform>
            <numerusform>تصدير %n ملفين</numerusform>
            <numerusform>تصدير %n ملفات</numerusform>
            <numerusform>تصدير %n ملفًا</numerusform>
            <numerusform>تصدير %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::GuiSettings</name>
    <message>
        <source>The file name pattern cannot be used: %1.</source>
        <translation>يتعذّر استخدام نمط أسماء الملفات: %1.</translation>
    </message>
    <message>
        <source>Run between %1 and %2 exports at once.</source>
        <translation>شغّل ما بين %1 و%2 عملية تصدير في آن واحد.</translation>
    </message>
    <message>
        <source>Check on an export being built at least every %1 to %2 seconds.</source>
        <translation>تحقّق من تصدير قيد الإنشاء مرة على الأقل كل %1 إلى %2 ثانية.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>يجب أن يكون مجلد الإخراج مسارًا كاملًا، مثل %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف، وليس مجلدًا.</translation>
    </message>
    <message>
        <source>You cannot write into %1.</source>
        <translation>لا يمكنك الكتابة في %1.</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>running (%1 planned)</source>
        <translation>قيد التشغيل (%1 مخطط)</translation>
    </message>
    <message>
        <source>%1 of %2 files failed.</source>
        <translation>أخفق %1 من %2 ملف.</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. The first failure: %3</source>
        <translation>أخفق %1 من %2 ملف. أول إخفاق: %3</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>أخفق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>الإخفاقات</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>ت&amp;شغيل مرة أخرى</translation>
    </message>
    <message>
        <source>Copy &amp;manifest path</source>
        <translation>نسخ مسار ملف ال&amp;بيان</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>ال&amp;تحقق</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>مقارنة بال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>فتح الم&amp;لف</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>سجل عمليات التشغيل</translation>
    </message>
    <message>
        <source>Read every file of this backup run again and compare it with its manifest</source>
        <translation>قراءة كل ملف من تشغيل النسخ الاحتياطي هذا مرة أخرى ومقارنته بملف البيان الخاص به</translation>
    </message>
    <message>
        <source>Compare two runs from history, or two exports on disk</source>
        <translation>مقارنة تشغيلين من السجل، أو تصديرين على القرص</translation>
    </message>
    <message>
        <source>Compa&amp;re</source>
        <translation>مقا&amp;رنة</translation>
    </message>
    <message>
        <source>No runs yet. Each export you start, here or from the command line or a schedule, is listed here when it has finished.</source>
        <translation>لا توجد عمليات تشغيل بعد. كل تصدير تبدؤه، هنا أو من سطر الأوامر أو من جدولة، يُدرج هنا عند انتهائه.</translation>
    </message>
    <message>
        <source>History is not available: the state database is not open.</source>
        <translation>السجل غير متاح: قاعدة بيانات الحالة غير مفتوحة.</translation>
    </message>
    <message>
        <source>Select a run to compare with the run before it.</source>
        <translation>حدد تشغيلًا لمقارنته بالتشغيل الذي قبله.</translation>
    </message>
    <message>
        <source>Compare this run&apos;s exports with those of %1</source>
        <translation>مقارنة عمليات تصدير هذا التشغيل بعمليات تصدير %1</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 لم يَعُد موجودًا.</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>لم يتمكن أي برنامج من فتح %1. مساره في الحافظة.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>نُسخ %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>جارٍ التحقق من %1…</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>يتعذّر التحقق من %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملفين مقابل ملف البيان.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملفات مقابل ملف البيان.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان.</numerusform>
            <numerusform>%1 سليم: تم التحقق من %n ملف مقابل ملف البيان.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole.</source>
        <translation>%1 غير سليم.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>مفقودة:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>معدَّلة:</translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation>زائدة:</translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation>
            <numerusform>لم يُصدَّر %n ملف مخطط له قط.</numerusform>
            <numerusform>لم يُصدَّر %n ملف مخطط له قط.</numerusform>
            <numerusform>لم يُصدَّر %n ملفان مخطط لهما قط.</numerusform>
            <numerusform>لم تُصدَّر %n ملفات مخطط لها قط.</numerusform>
            <numerusform>لم يُصدَّر %n ملف مخطط له قط.</numerusform>
            <numerusform>لم يُصدَّر %n ملف مخطط له قط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the exported file (Enter)</source>
        <translation>فتح الملف المصدَّر (Enter)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>الإظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>فتح المجلد الذي يحتوي على الملف</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;نسخ المسار</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>نسخ مسار الملف (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة الم&amp;حاولة</translation>
    </message>
    <message>
        <source>Run the failed or cancelled export again</source>
        <translation>تشغيل التصدير الذي أخفق أو أُلغي مرة أخرى</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>إيقاف التصدير</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the file stays on disk</source>
        <translation>إزالة من القائمة (Delete)؛ ويبقى الملف على القرص</translation>
    </message>
    <message>
        <source>Copy id for &amp;support</source>
        <translation>نسخ المعرّف لل&amp;دعم</translation>
    </message>
    <message>
        <source>Copy the id to give Document360 support: it finds the export in their logs</source>
        <translation>نسخ المعرّف لإعطائه لدعم Document360: فهو يحدد التصدير في سجلاتهم</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>لم يتمكن أي برنامج من فتح %1. مساره في الحافظة.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 لم يَعُد موجودًا.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation>
            <numerusform>نُسخ %n معرّف لدعم Document360.</numerusform>
            <numerusform>نُسخ %n معرّف لدعم Document360.</numerusform>
            <numerusform>نُسخ %n معرّفان لدعم Document360.</numerusform>
            <numerusform>نُسخت %n معرّفات لدعم Document360.</numerusform>
            <numerusform>نُسخ %n معرّف لدعم Document360.</numerusform>
            <numerusform>نُسخ %n معرّف لدعم Document360.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation>
            <numerusform>تعذّرت إعادة محاولة %n مهمة: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
            <numerusform>تعذّرت إعادة محاولة %n مهمة: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
            <numerusform>تعذّرت إعادة محاولة %n مهمتين: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
            <numerusform>تعذّرت إعادة محاولة %n مهام: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
            <numerusform>تعذّرت إعادة محاولة %n مهمة: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
            <numerusform>تعذّرت إعادة محاولة %n مهمة: لا يوجد اسم ملف متاح في مجلد الإخراج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation>إزالة عمليات التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation>
            <numerusform>هل تريد إزالة %n عملية تصدير لا تزال قيد التشغيل؟</numerusform>
            <numerusform>هل تريد إزالة %n عملية تصدير لا تزال قيد التشغيل؟</numerusform>
            <numerusform>هل تريد إزالة %n عمليتي تصدير لا تزالان قيد التشغيل؟</numerusform>
            <numerusform>هل تريد إزالة %n عمليات تصدير لا تزال قيد التشغيل؟</numerusform>
            <numerusform>هل تريد إزالة %n عملية تصدير لا تزال قيد التشغيل؟</numerusform>
            <numerusform>هل تريد إزالة %n عملية تصدير لا تزال قيد التشغيل؟</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop, and what they downloaded so far is deleted. Files already exported stay on disk.</source>
        <translation>ستتوقف، ويُحذف ما نُزِّل منها حتى الآن. وتبقى الملفات المصدَّرة مسبقًا على القرص.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;عدم السؤال مرة أخرى</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobDetailsPane</name>
    <message>
        <source>Give this id to Document360 support: it finds this export in their logs.</source>
        <translation>أعطِ هذا المعرّف لدعم Document360: فهو يحدد هذا التصدير في سجلاتهم.</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>حدد مهمة لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be extracted: %1</source>
        <translation>نُزِّل الملف لكن تعذّر استخراجه: %1</translation>
    </message>
    <message>
        <source>%1 (expired; a fresh link is asked for when needed)</source>
        <translation>%1 (منتهي الصلاحية؛ يُطلب رابط جديد عند الحاجة)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 من %2 بايت</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobQueueView</name>
    <message>
        <source>Job &amp;details</source>
        <translation>تفاص&amp;يل المهمة</translation>
    </message>
    <message>
        <source>Show or hide the selected job&apos;s details beside the table</source>
        <translation>إظهار تفاصيل المهمة المحددة بجانب الجدول أو إخفاؤها</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>نُسخ: %1.</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobTableModel</name>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1
Trace id: %2</source>
        <translation>%1
معرّف التتبع: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>d360::gui::LanguageListModel</name>
    <message>
        <source>%1 (%2, default)</source>
        <translation>%1 (%2، الافتراضية)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>d360::gui::MainWindow</name>
    <message>
        <source>Could not open the account: %1</source>
        <translation>تعذّر فتح الحساب: %1</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>إضافة &amp;رمز API…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>&amp;تسجيل الدخول بحساب Document360…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>Rename, test, replace or remove accounts</source>
        <translation>إعادة تسمية الحسابات أو اختبارها أو استبدالها أو إزالتها</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Load the projects again (F5)</source>
        <translation>تحميل المشاريع مرة أخرى (F5)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>ا&amp;لإعدادات…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About D360 Exporter</source>
        <translation>&amp;حول D360 Exporter</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is renamed, but its schedule still runs &quot;%2&quot;: %3</source>
        <translation>أُعيدت تسمية الإعداد المسبق &quot;%1&quot;، لكن جدولته لا تزال تشغّل &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule.</source>
        <translation>أصبح الإعداد المسبق &quot;%1&quot; الآن &quot;%2&quot;، وكذلك جدولته.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule; the scheduler learns it after: %3</source>
        <translation>أصبح الإعداد المسبق &quot;%1&quot; الآن &quot;%2&quot;، وكذلك جدولته؛ ويعلم المجدول بذلك بعد: %3</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>الس&amp;جل</translation>
    </message>
    <message>
        <source>Every run: this window&apos;s, the command line&apos;s and the schedules&apos;</source>
        <translation>كل عمليات التشغيل: من هذه النافذة ومن سطر الأوامر ومن الجدولات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>The sandbox and its presets last only while this window is open, and a schedule runs when it is closed: schedule the presets of an account of your own.</source>
        <translation>لا تدوم بيئة التجربة وإعداداتها المسبقة إلا ما دامت هذه النافذة مفتوحة، بينما تعمل الجدولة عندما تكون مغلقة: جدول الإعدادات المسبقة لحساب خاص بك.</translation>
    </message>
    <message>
        <source>Sandbox — %1</source>
        <translation>بيئة التجربة — %1</translation>
    </message>
    <message>
        <source>This sign-in is for the project with id %1, but Document360 does not list that project for it, so there is nothing to export here. Sign in again and pick a project you may export, or ask the project&apos;s owner for access.</source>
        <translation>تسجيل الدخول هذا مخصص للمشروع ذي المعرّف %1، لكن Document360 لا يُدرج هذا المشروع له، لذا لا يوجد ما يُصدَّر هنا. سجّل الدخول مجددًا واختر مشروعًا يُسمح لك بتصديره، أو اطلب الوصول من مالك المشروع.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>جارٍ تحضير التصدير…</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>تعذّر بدء التصدير: %1</translation>
    </message>
    <message>
        <source>Pick a version, its languages, formats and a folder first: a preset saves what the export panel holds.</source>
        <translation>اختر أولًا إصدارًا ولغاته وتنسيقاته ومجلدًا: يحفظ الإعداد المسبق ما تحتويه لوحة التصدير.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>حُفظ الإعداد المسبق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; uses the account &quot;%2&quot;, which is not set up here; it loads into the panel of the account shown now.</source>
        <translation>يستخدم الإعداد المسبق &quot;%1&quot; الحساب &quot;%2&quot;، غير المُعَدّ هنا؛ ويُحمَّل في لوحة الحساب المعروض الآن.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is loaded: change what you need and save it again with &quot;Save as preset…&quot;.</source>
        <translation>حُمِّل الإعداد المسبق &quot;%1&quot;: غيّر ما تحتاج إليه واحفظه مرة أخرى باستخدام &quot;الحفظ كإعداد مسبق…&quot;.</translation>
    </message>
    <message>
        <source>The version the preset &quot;%1&quot; exports is no longer listed; pick one.</source>
        <translation>الإصدار الذي يصدّره الإعداد المسبق &quot;%1&quot; لم يَعُد مدرجًا؛ اختر إصدارًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation>
            <numerusform>أُضيفت %n عملية تصدير إلى قائمة الانتظار.</numerusform>
            <numerusform>أُضيفت %n عملية تصدير إلى قائمة الانتظار.</numerusform>
            <numerusform>أُضيفت %n عمليتا تصدير إلى قائمة الانتظار.</numerusform>
            <numerusform>أُضيفت %n عمليات تصدير إلى قائمة الانتظار.</numerusform>
            <numerusform>أُضيفت %n عملية تصدير إلى قائمة الانتظار.</numerusform>
            <numerusform>أُضيفت %n عملية تصدير إلى قائمة الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>These exports are already waiting or running.</source>
        <translation>عمليات التصدير هذه تنتظر أو قيد التشغيل مسبقًا.</translation>
    </message>
    <message>
        <source>%1 of these %2 exports are already waiting or running.</source>
        <translation>%1 من عمليات التصدير الـ %2 هذه تنتظر أو قيد التشغيل مسبقًا.</translation>
    </message>
    <message>
        <source>Queue them again? The second copies get numbered file names, such as &quot;… (2).pdf&quot;.</source>
        <translation>هل تريد إضافتها إلى قائمة الانتظار مرة أخرى؟ تحصل النسخ الثانية على أسماء ملفات مرقَّمة، مثل &quot;… (2).pdf&quot;.</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>الإضافة إلى &amp;قائمة الانتظار مرة أخرى</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 needs attention:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 يحتاج إلى انتباه:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>تسجيل الد&amp;خول مجددًا…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>استبدال ال&amp;رمز…</translation>
    </message>
    <message>
        <source>%1 and %2; they will resume the next time you open D360 Exporter.</source>
        <translation>%1 و%2؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عمليتا تصدير قيد التشغيل</numerusform>
            <numerusform>%n عمليات تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation>
            <numerusform>%n تنتظر</numerusform>
            <numerusform>%n تنتظر</numerusform>
            <numerusform>%n تنتظران</numerusform>
            <numerusform>%n تنتظر</numerusform>
            <numerusform>%n تنتظر</numerusform>
            <numerusform>%n تنتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n عملية تصدير قيد التشغيل؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عمليتا تصدير قيد التشغيل؛ وستُستأنفان في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عمليات تصدير قيد التشغيل؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل؛ وستُستأنف في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n عملية تصدير تنتظر؛ وستبدأ في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير تنتظر؛ وستبدأ في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عمليتا تصدير تنتظران؛ وستبدآن في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عمليات تصدير تنتظر؛ وستبدأ في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير تنتظر؛ وستبدأ في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
            <numerusform>%n عملية تصدير تنتظر؛ وستبدأ في المرة القادمة التي تفتح فيها D360 Exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close D360 Exporter?</source>
        <translation>هل تريد إغلاق D360 Exporter؟</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message>
        <source>Open H&amp;istory</source>
        <translation>فتح الس&amp;جل</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>تجا&amp;هل</translation>
    </message>
    <message>
        <source>Scheduled runs that failed</source>
        <translation>عمليات التشغيل المجدولة التي أخفقت</translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation>أخفق %1 في %2.</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3.</source>
        <translation>أخفق %1 من %2 في %3.</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>أخفق %1 في %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3: %4</source>
        <translation>أخفق %1 من %2 في %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed runs in History.</source>
        <translation>
            <numerusform>%n عملية تشغيل أخرى أخفقت في السجل.</numerusform>
            <numerusform>%n عملية تشغيل أخرى أخفقت في السجل.</numerusform>
            <numerusform>%n عمليتا تشغيل أخريان أخفقتا في السجل.</numerusform>
            <numerusform>%n عمليات تشغيل أخرى أخفقت في السجل.</numerusform>
            <numerusform>%n عملية تشغيل أخرى أخفقت في السجل.</numerusform>
            <numerusform>%n عملية تشغيل أخرى أخفقت في السجل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message>
        <source>&amp;Replace the preset of that name</source>
        <translation>ا&amp;ستبدال الإعداد المسبق الذي يحمل هذا الاسم</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>است&amp;يراد</translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation>استيراد إعداد مسبق</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what this file holds.</source>
        <translation>تبقى جدولاته وسجله؛ ثم يصدّر ما يحتويه هذا الملف.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>اختر حسابًا</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>عمليات التصدير:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>النسخ الاحتياطي:</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation>
            <numerusform>يحتفظ بآخر %n تشغيل</numerusform>
            <numerusform>يحتفظ بآخر %n تشغيل</numerusform>
            <numerusform>يحتفظ بآخر %n تشغيلين</numerusform>
            <numerusform>يحتفظ بآخر %n عمليات تشغيل</numerusform>
            <numerusform>يحتفظ بآخر %n تشغيل</numerusform>
            <numerusform>يحتفظ بآخر %n تشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استع&amp;راض…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>The file %1 holds this preset:</source>
        <translation>يحتوي الملف %1 على هذا الإعداد المسبق:</translation>
    </message>
    <message>
        <source>None: the credential in the environment (command line only)</source>
        <translation>لا شيء: بيانات الاعتماد في متغيرات البيئة (سطر الأوامر فقط)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads.</source>
        <translation>يأخذ الإعداد المسبق &quot;%1&quot; بيانات الاعتماد من متغيرات البيئة (D360_API_KEY وD360_BASE_URL)، التي لا يقرؤها إلا سطر الأوامر.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads. Keep it so, or pick an account for this window.</source>
        <translation>يأخذ الإعداد المسبق &quot;%1&quot; بيانات الاعتماد من متغيرات البيئة (D360_API_KEY وD360_BASE_URL)، التي لا يقرؤها إلا سطر الأوامر. أبقه كذلك، أو اختر حسابًا لهذه النافذة.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, and no account is set up here yet. Add one first, then choose it here.</source>
        <translation>يعمل الإعداد المسبق &quot;%1&quot; على الحساب &quot;%2&quot;، ولا يوجد أي حساب مُعَدّ هنا بعد. أضف حسابًا أولًا، ثم اختره هنا.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not set up here. Which account should it use?</source>
        <translation>يعمل الإعداد المسبق &quot;%1&quot; على الحساب &quot;%2&quot;، غير المُعَدّ هنا. أي حساب ينبغي أن يستخدم؟</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;: replace it, or type another name.</source>
        <translation>يوجد إعداد مسبق باسم &quot;%1&quot;: استبدله، أو اكتب اسمًا آخر.</translation>
    </message>
    <message>
        <source>Choose the folder it exports into.</source>
        <translation>اختر المجلد الذي يُصدِّر إليه.</translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. It is made when the preset first runs; choose another if that one is your colleague&apos;s.</source>
        <translation>لا يوجد مجلد %1 على هذا الحاسوب. سيُنشأ عند أول تشغيل للإعداد المسبق؛ اختر مجلدًا آخر إن كان هذا مجلد زميلك.</translation>
    </message>
    <message>
        <source>Export the Preset Into</source>
        <translation>تصدير الإعداد المسبق إلى</translation>
    </message>
    <message>
        <source>The preset could not be imported: %1</source>
        <translation>تعذّر استيراد الإعداد المسبق: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetLauncher</name>
    <message>
        <source>%1 runs on the credential in the environment (D360_API_KEY), which only the command line reads. Run it with the command line, or edit it and save it with an account of this window.</source>
        <translation>يعمل %1 على بيانات الاعتماد في متغيرات البيئة (D360_API_KEY)، التي لا يقرؤها إلا سطر الأوامر. شغّله من سطر الأوامر، أو عدّله واحفظه بحساب من هذه النافذة.</translation>
    </message>
    <message>
        <source>%1 runs on the account &quot;%2&quot;, which is not set up here. Add that account, or edit the preset and save it with another one.</source>
        <translation>يعمل %1 على الحساب &quot;%2&quot;، غير المُعَدّ هنا. أضف ذلك الحساب، أو عدّل الإعداد المسبق واحفظه بحساب آخر.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not open yet. Try again in a moment.</source>
        <translation>الحساب &quot;%1&quot; غير مفتوح بعد. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot;</source>
        <translation>الإعداد المسبق &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Preparing the preset &quot;%1&quot;…</source>
        <translation>جارٍ تحضير الإعداد المسبق &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has nothing to export now.</source>
        <translation>لا يوجد لدى الإعداد المسبق &quot;%1&quot; ما يُصدِّره الآن.</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot;</source>
        <translation>التشغيل &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be run again: history does not say what it exported, or into which folder.</source>
        <translation>لا يمكن تشغيل %1 مرة أخرى: لا يذكر السجل ما صدّره، ولا إلى أي مجلد.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>جارٍ تحضير التصدير…</translation>
    </message>
    <message>
        <source>%1 could not be planned again: %2</source>
        <translation>تعذّر تخطيط %1 مرة أخرى: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to export now.</source>
        <translation>لا يوجد لدى %1 ما يُصدِّره الآن.</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetSharing</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>الإعدادات المسبقة (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export the Preset &quot;%1&quot;</source>
        <translation>تصدير الإعداد المسبق &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not exported.</source>
        <translation>لم يُصدَّر الإعداد المسبق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>كُتب الإعداد المسبق &quot;%1&quot; في %2 (لا يحتوي على بيانات اعتماد).</translation>
    </message>
    <message>
        <source>Import a Preset</source>
        <translation>استيراد إعداد مسبق</translation>
    </message>
    <message>
        <source>This file cannot be imported as a preset.</source>
        <translation>لا يمكن استيراد هذا الملف كإعداد مسبق.</translation>
    </message>
    <message>
        <source>Replaced the preset &quot;%1&quot; with the one from %2.</source>
        <translation>استُبدل الإعداد المسبق &quot;%1&quot; بالإعداد الموجود في %2.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot; from %2.</source>
        <translation>استُورد الإعداد المسبق &quot;%1&quot; من %2.</translation>
    </message>
    <message>
        <source>Preset File</source>
        <translation>ملف إعداد مسبق</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetsMenu</name>
    <message>
        <source>P&amp;resets</source>
        <translation>الإع&amp;دادات المسبقة</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>ال&amp;حفظ كإعداد مسبق…</translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation>ا&amp;ستيراد إعداد مسبق…</translation>
    </message>
    <message>
        <source>Save the export panel&apos;s choices under a name</source>
        <translation>حفظ خيارات لوحة التصدير باسم</translation>
    </message>
    <message>
        <source>Add a preset from a file a colleague exported</source>
        <translation>إضافة إعداد مسبق من ملف صدّره زميل</translation>
    </message>
    <message>
        <source>Presets are not available: the state database is not open.</source>
        <translation>الإعدادات المسبقة غير متاحة: قاعدة بيانات الحالة غير مفتوحة.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>ت&amp;شغيل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;عديل</translation>
    </message>
    <message>
        <source>Load it into the export panel, to change it and save it again</source>
        <translation>تحميله في لوحة التصدير، لتغييره وحفظه مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;جدولة…</translation>
    </message>
    <message>
        <source>&amp;Schedule… (%1)</source>
        <translation>&amp;جدولة… (%1)</translation>
    </message>
    <message>
        <source>Have the operating system run it daily, weekly or at an interval</source>
        <translation>جعل نظام التشغيل يشغّله يوميًا أو أسبوعيًا أو على فترات</translation>
    </message>
    <message>
        <source>The operating system runs it %1, also when this window is closed</source>
        <translation>يشغّله نظام التشغيل %1، حتى عندما تكون هذه النافذة مغلقة</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة التس&amp;مية…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>ت&amp;صدير إلى ملف…</translation>
    </message>
    <message>
        <source>Write it to a file for a colleague; no credential is in it</source>
        <translation>كتابته في ملف لزميل؛ لا يحتوي على بيانات اعتماد</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (نسخة %2)</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>إعادة تسمية الإعداد المسبق</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>الاسم الجديد لـ &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not renamed: %2</source>
        <translation>لم تُعَد تسمية الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>أصبح الإعداد المسبق &quot;%1&quot; الآن &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be read: %2</source>
        <translation>تعذّرت قراءة الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be duplicated: %2</source>
        <translation>تعذّر تكرار الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Saved a copy of &quot;%1&quot; as &quot;%2&quot;.</source>
        <translation>حُفظت نسخة من &quot;%1&quot; باسم &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>حذف الإعداد المسبق</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>هل تريد حذف الإعداد المسبق &quot;%1&quot;؟</translation>
    </message>
    <message>
        <source>Its exported files and its history stay. A schedule that runs it will fail until a preset of that name exists again.</source>
        <translation>تبقى ملفاته المصدَّرة وسجله. والجدولة التي تشغّله ستخفق إلى أن يوجد إعداد مسبق بهذا الاسم مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not deleted: %2</source>
        <translation>لم يُحذف الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is deleted.</source>
        <translation>حُذف الإعداد المسبق &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ProjectTreeModel</name>
    <message>
        <source>Projects and versions</source>
        <translation>المشاريع والإصدارات</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>جارٍ التحميل… (%1 حتى الآن)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load: %1 Double-click to retry.</source>
        <translation>تعذّر التحميل: %1 انقر نقرًا مزدوجًا لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غير نشط)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Inactive project</source>
        <translation>مشروع غير نشط</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (الافتراضي)</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>الإصدار الافتراضي</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>إصدار</translation>
    </message>
</context>
<context>
    <name>d360::gui::QueueStatusIndicator</name>
    <message>
        <source>Running jobs</source>
        <translation>المهام قيد التشغيل</translation>
    </message>
    <message>
        <source>Remaining rate budget</source>
        <translation>رصيد معدل الطلبات المتبقي</translation>
    </message>
    <message>
        <source>Document360 accepts a limited number of requests a minute per token; exports wait their turn instead of being refused.</source>
        <translation>يقبل Document360 عددًا محدودًا من الطلبات في الدقيقة لكل رمز؛ وتنتظر عمليات التصدير دورها بدلًا من أن تُرفض.</translation>
    </message>
    <message>
        <source>No exports running</source>
        <translation>لا توجد عمليات تصدير قيد التشغيل</translation>
    </message>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عمليتا تصدير قيد التشغيل</numerusform>
            <numerusform>%n عمليات تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
            <numerusform>%n عملية تصدير قيد التشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may send %1 more of its %2 requests a minute.</source>
        <translation>يمكن لهذا الحساب إرسال %1 طلب آخر من طلباته الـ %2 في الدقيقة.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the API&apos;s rate limit</source>
        <translation>انتظار %1 ث بسبب حد معدل طلبات API</translation>
    </message>
</context>
<context>
    <name>d360::gui::SavePresetDialog</name>
    <message>
        <source>Export the &amp;default version when it runs</source>
        <translation>تصدير الإصدار الا&amp;فتراضي عند التشغيل</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>الحفظ كإعداد مسبق</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>ليس نسخة احتياطية</translation>
    </message>
    <message>
        <source>A backup writes each run into a dated folder of its own and keeps this many of the newest complete runs</source>
        <translation>تكتب النسخة الاحتياطية كل تشغيل في مجلد خاص به مؤرَّخ وتحتفظ بهذا العدد من أحدث عمليات التشغيل المكتملة</translation>
    </message>
    <message>
        <source>Export whichever version the project marks as default at the time, rather than this version</source>
        <translation>تصدير الإصدار الذي يحدده المشروع كافتراضي في حينه، بدلًا من هذا الإصدار</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Keep the last runs (backup):</source>
        <translation>ا&amp;لاحتفاظ بآخر عمليات التشغيل (نسخ احتياطي):</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>يوجد إعداد مسبق باسم &quot;%1&quot;. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what you chose here.</source>
        <translation>تبقى جدولاته وسجله؛ ثم يصدّر ما اخترته هنا.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>تعذّر حفظ الإعداد المسبق: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::ScheduleDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;جدولة</translation>
    </message>
    <message>
        <source>&amp;Remove Schedule</source>
        <translation>إ&amp;زالة الجدولة</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>جدولة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The operating system runs the preset &quot;%1&quot; at these times, also when this window is closed. Each run is recorded in History; a run that fails raises a desktop notification.</source>
        <translation>يشغّل نظام التشغيل الإعداد المسبق &quot;%1&quot; في هذه الأوقات، حتى عندما تكون هذه النافذة مغلقة. يُسجَّل كل تشغيل في السجل؛ والتشغيل الذي يخفق يُظهر إشعارًا على سطح المكتب.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>At an interval</source>
        <translation>على فترات</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>ي&amp;عمل:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>ال&amp;وقت (المحلي):</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;كل:</translation>
    </message>
    <message>
        <source>Commands that start the schedule</source>
        <translation>الأوامر التي تبدأ الجدولة</translation>
    </message>
    <message>
        <source>Now it runs %1.</source>
        <translation>يعمل الآن %1.</translation>
    </message>
    <message>
        <source>It has no schedule yet.</source>
        <translation>ليست له جدولة بعد.</translation>
    </message>
    <message>
        <source>Choose how often it runs.</source>
        <translation>اختر عدد مرات تشغيله.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>جارٍ الجدولة…</translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation>جارٍ إزالة الجدولة…</translation>
    </message>
    <message>
        <source>%1 The scheduler was not told: %2 To finish, run these commands in a terminal:</source>
        <translation>%1 لم يُبلَّغ المجدول: %2 لإكمال العملية، شغّل هذه الأوامر في الطرفية:</translation>
    </message>
    <message>
        <source>It is not scheduled: %1</source>
        <translation>غير مجدول: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2.</source>
        <translation>جُدول الإعداد المسبق &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2; the schedule starts once the commands in its dialog are run.</source>
        <translation>جُدول الإعداد المسبق &quot;%1&quot; %2؛ وتبدأ الجدولة بمجرد تشغيل الأوامر الموجودة في مربع الحوار الخاص به.</translation>
    </message>
    <message>
        <source>%1 It runs also when this window is closed.</source>
        <translation>%1 ويعمل أيضًا عندما تكون هذه النافذة مغلقة.</translation>
    </message>
    <message>
        <source>The schedule is not removed: %1</source>
        <translation>لم تُزَل الجدولة: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no schedule any more.</source>
        <translation>لم تَعُد للإعداد المسبق &quot;%1&quot; جدولة.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ServerChoice</name>
    <message>
        <source>EU (apihub.document360.io)</source>
        <translation>EU (apihub.document360.io)</translation>
    </message>
    <message>
        <source>US (apihub.us.document360.io)</source>
        <translation>US (apihub.us.document360.io)</translation>
    </message>
    <message>
        <source>Private hosting</source>
        <translation>استضافة خاصة</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>عنوان URL أساسي مخصص</translation>
    </message>
    <message>
        <source>hosting name, as in apihub.NAME.document360.io</source>
        <translation>اسم الاستضافة، كما في apihub.NAME.document360.io</translation>
    </message>
    <message>
        <source>https://... (http only on this computer)</source>
        <translation>https://... (http على هذا الحاسوب فقط)</translation>
    </message>
</context>
<context>
    <name>d360::gui::SettingsDialog</name>
    <message>
        <source>Keep it and number the new file: name (2).pdf</source>
        <translation>الإبقاء عليه وترقيم الملف الجديد: name (2).pdf</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>استبداله</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>العناصر النائبة: %1</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>لا توجد معاينة: %1</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>اختيار مجلد الإخراج</translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>يتعذّر استخدام هذا الخادم: %1.</translation>
    </message>
    <message>
        <source>Enter the client ID first. %1</source>
        <translation>أدخل معرّف العميل أولًا. %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>يتعذّر تسجيل الدخول: %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and pick a project in the browser ... If no browser window opened, use &quot;Copy sign-in link&quot; and paste the link into your browser.</source>
        <translation>في انتظار تسجيل دخولك واختيار مشروع في المتصفح ... إذا لم تُفتح نافذة متصفح، فاستخدم &quot;نسخ رابط تسجيل الدخول&quot; والصق الرابط في متصفحك.</translation>
    </message>
    <message>
        <source>The browser did not open. Use &quot;Copy sign-in link&quot; and paste the link into a browser on this computer.</source>
        <translation>لم يُفتح المتصفح. استخدم &quot;نسخ رابط تسجيل الدخول&quot; والصق الرابط في متصفح على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Signed in; finishing ...</source>
        <translation>تم تسجيل الدخول؛ جارٍ الإنهاء ...</translation>
    </message>
    <message>
        <source>Signed in; checking what the account can see ...</source>
        <translation>تم تسجيل الدخول؛ جارٍ التحقق مما يستطيع الحساب رؤيته ...</translation>
    </message>
    <message>
        <source>Checking what the account can see ...</source>
        <translation>جارٍ التحقق مما يستطيع الحساب رؤيته ...</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>تم تسجيل الدخول، لكن تعذّر حفظ تسجيل الدخول: %1
يمكنك استخدامه لهذه الجلسة فقط؛ فيُحتفَظ به في الذاكرة ويُنسى عند إغلاق D360 Exporter.</translation>
    </message>
    <message>
        <source>Signed in for this session only (not saved).</source>
        <translation>تم تسجيل الدخول لهذه الجلسة فقط (غير محفوظ).</translation>
    </message>
    <message>
        <source>Signed in and saved in the keychain.</source>
        <translation>تم تسجيل الدخول وحُفظ في سلسلة المفاتيح.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation>
            <numerusform>%1 يرى الحساب %n مشروع: %2</numerusform>
            <numerusform>%1 يرى الحساب %n مشروع: %2</numerusform>
            <numerusform>%1 يرى الحساب %n مشروعين: %2</numerusform>
            <numerusform>%1 يرى الحساب %n مشاريع: %2</numerusform>
            <numerusform>%1 يرى الحساب %n مشروع: %2</numerusform>
            <numerusform>%1 يرى الحساب %n مشروع: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Signed in as: %2</source>
        <translation>%1
مسجَّل الدخول باسم: %2</translation>
    </message>
    <message>
        <source>%1
The sign-in is for project %2, but Document360 does not list that project for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>%1
تسجيل الدخول مخصص للمشروع %2، لكن Document360 لا يُدرج هذا المشروع له. سجّل الدخول مجددًا واختر مشروعًا آخر، أو اطلب الوصول من مالك المشروع.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Paste it into a browser on this computer; this window waits for the answer.</source>
        <translation>رابط تسجيل الدخول في الحافظة. الصقه في متصفح على هذا الحاسوب؛ تنتظر هذه النافذة الرد.</translation>
    </message>
</context>
<context>
    <name>d360::jobs::BatchPlanner</name>
    <message>
        <source>no account to ask</source>
        <translation>لا يوجد حساب لسؤاله</translation>
    </message>
    <message>
        <source>no version was chosen</source>
        <translation>لم يُختر أي إصدار</translation>
    </message>
    <message>
        <source>this token sees no project with the id %1 (see &quot;d360-exporter projects&quot;)</source>
        <translation>لا يرى هذا الرمز أي مشروع بالمعرّف %1 (راجع &quot;d360-exporter projects&quot;)</translation>
    </message>
    <message>
        <source>the project %1 marks no version as its default; name one with its id</source>
        <translation>لا يحدد المشروع %1 أي إصدار كافتراضي؛ حدّد إصدارًا بمعرّفه</translation>
    </message>
    <message>
        <source>the project %1 has no version with the id %2 (see &quot;d360-exporter versions --project %3&quot;)</source>
        <translation>لا يوجد في المشروع %1 إصدار بالمعرّف %2 (راجع &quot;d360-exporter versions --project %3&quot;)</translation>
    </message>
    <message>
        <source>the version %1 has no language &quot;%2&quot;; it has %3</source>
        <translation>لا توجد في الإصدار %1 لغة &quot;%2&quot;؛ لغاته هي %3</translation>
    </message>
    <message>
        <source>the version %1 has no languages</source>
        <translation>لا توجد لغات في الإصدار %1</translation>
    </message>
    <message>
        <source>the file name pattern &quot;%1&quot; gives two exports the same name, &quot;%2&quot; (%3 and %4); add {lang}, {version} or {format} to it</source>
        <translation>يعطي نمط أسماء الملفات &quot;%1&quot; لعمليتي تصدير الاسم نفسه، &quot;%2&quot; (%3 و%4)؛ أضف إليه {lang} أو {version} أو {format}</translation>
    </message>
</context>
<context>
    <name>d360::jobs::DownloadHasher</name>
    <message>
        <source>only %1 of the %2 bytes of %3 were checked</source>
        <translation>لم يُتحقَّق إلا من %1 من أصل %2 بايت من %3</translation>
    </message>
    <message>
        <source>cannot read %1 back to check it: %2</source>
        <translation>تتعذّر قراءة %1 مجددًا للتحقق منه: %2</translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation>إنه أقصر مما كُتب</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ExportJob</name>
    <message>
        <source>default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <source>a job without a valid &quot;id&quot;</source>
        <translation>مهمة بلا &quot;id&quot; صالح</translation>
    </message>
    <message>
        <source>job %1 lacks its project, version or file</source>
        <translation>تفتقر المهمة %1 إلى مشروعها أو إصدارها أو ملفها</translation>
    </message>
    <message>
        <source>job %1 has an unknown format or state</source>
        <translation>للمهمة %1 تنسيق أو حالة غير معروفة</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileEndCheck</name>
    <message>
        <source>the downloaded PDF is incomplete: there is no %%EOF near its end</source>
        <translation>ملف PDF المنزَّل غير مكتمل: لا توجد علامة %%EOF قرب نهايته</translation>
    </message>
    <message>
        <source>the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing</source>
        <translation>أرشيف ZIP المنزَّل غير مكتمل: سجل نهاية الدليل المركزي (end-of-central-directory) مفقود</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameSanitizer</name>
    <message>
        <source>&quot;%1&quot; ends in a dot</source>
        <translation>&quot;%1&quot; ينتهي بنقطة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a space</source>
        <translation>&quot;%1&quot; ينتهي بمسافة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>&quot;%1&quot; يحتوي على نقطتين (:)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>&quot;%1&quot; اسم جهاز محجوز في Windows</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameTemplate</name>
    <message>
        <source>the file name pattern is empty</source>
        <translation>نمط أسماء الملفات فارغ</translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at position %1</source>
        <translation>&quot;}&quot; بلا &quot;{&quot; المقابلة عند الموضع %1</translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; at position %1</source>
        <translation>&quot;{&quot; بلا &quot;}&quot; المقابلة عند الموضع %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known are {%2}</source>
        <translation>عنصر نائب غير معروف {%1}؛ العناصر المعروفة هي {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2: files go straight into the output folder, so a pattern cannot name a subfolder</source>
        <translation>&quot;%1&quot; عند الموضع %2: تُحفظ الملفات مباشرة في مجلد الإخراج، لذا لا يمكن للنمط أن يحدد مجلدًا فرعيًا</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileSystemSafety</name>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobDownload</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, the server announced %2</source>
        <translation>يحتوي الملف على %1 بايت، وأعلن الخادم %2</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s SHA-256 is %1, the storage host announced %2</source>
        <translation>قيمة SHA-256 للملف المنزَّل هي %1، وأعلن خادم التخزين %2</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s MD5 is %1, the storage host announced %2</source>
        <translation>قيمة MD5 للملف المنزَّل هي %1، وأعلن خادم التخزين %2</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobQueue</name>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>لا يوجد اسم ملف متاح مثل %1 في %2</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobRunner</name>
    <message>
        <source>the server gave no reason</source>
        <translation>لم يقدّم الخادم أي سبب</translation>
    </message>
    <message>
        <source>the program stopped before the server answered</source>
        <translation>توقف البرنامج قبل أن يجيب الخادم</translation>
    </message>
    <message>
        <source>This export&apos;s account is not available any more (it was removed, or the keychain is locked). Add the account again, then retry the export.</source>
        <translation>حساب هذا التصدير لم يَعُد متاحًا (أُزيل، أو أن سلسلة المفاتيح مقفلة). أضف الحساب مرة أخرى، ثم أعد محاولة التصدير.</translation>
    </message>
    <message>
        <source>the export is %1 again</source>
        <translation>التصدير %1 مرة أخرى</translation>
    </message>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>لا يوجد اسم ملف متاح مثل %1 في %2</translation>
    </message>
    <message>
        <source>another export is writing %1 at the same time; it is not replaced. Export again once that one has finished.</source>
        <translation>تصدير آخر يكتب %1 في الوقت نفسه؛ لذا لا يُستبدل. صدّر مرة أخرى بعد انتهائه.</translation>
    </message>
    <message>
        <source>%1 kept being taken</source>
        <translation>ظل %1 محجوزًا</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>في انتظار الخادم</translation>
    </message>
    <message>
        <source>Being built</source>
        <translation>قيد الإنشاء</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>أخفق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>d360::jobs::OwnedFolder</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>يتعذّر فتح المجلد %1: %2</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>يتعذّر إنشاء مجلد في %1: %2</translation>
    </message>
    <message>
        <source>the new folder %1 was replaced by something else</source>
        <translation>استُبدل المجلد الجديد %1 بشيء آخر</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>يتعذّر جعل %1 خاصًا: %2</translation>
    </message>
    <message>
        <source>%1 climbs out of the folder</source>
        <translation>%1 يخرج من المجلد</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>يتعذّر إنشاء المجلد %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 was moved or replaced while it was being filled</source>
        <translation>نُقل المجلد %1 أو استُبدل أثناء ملئه</translation>
    </message>
</context>
<context>
    <name>d360::jobs::PartFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the download does not follow it</source>
        <translation>%1 رابط رمزي؛ ولا يتبعه التنزيل</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 يخص مستخدمًا آخر</translation>
    </message>
    <message>
        <source>%1 has other names (hard links)</source>
        <translation>لـ %1 أسماء أخرى (روابط صلبة)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تتعذّر الكتابة في %1</translation>
    </message>
    <message>
        <source>%1 is being written by another export</source>
        <translation>يكتب تصدير آخر في %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was written</source>
        <translation>استُبدل %1 بملف آخر أثناء الكتابة فيه</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>تتعذّر إعادة تسمية %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; it is not replaced</source>
        <translation>%1 رابط رمزي أو ليس ملفًا عاديًا؛ لذا لا يُستبدل</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>تتعذّر إعادة تسمية %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file</source>
        <translation>%1 رابط أو ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file; it is not replaced</source>
        <translation>%1 رابط أو ليس ملفًا عاديًا؛ لذا لا يُستبدل</translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message>
        <source>The export queue &quot;%1&quot; is in use by another D360 Exporter (process %2 on %3). Wait for it to finish, or stop it, and try again.</source>
        <translation>قائمة انتظار التصدير &quot;%1&quot; مستخدمة من نسخة أخرى من D360 Exporter (العملية %2 على %3). انتظر حتى تنتهي، أو أوقفها، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The export queue &quot;%1&quot; cannot be locked (error %2); check the permissions of %3.</source>
        <translation>يتعذّر قفل قائمة انتظار التصدير &quot;%1&quot; (الخطأ %2)؛ تحقق من أذونات %3.</translation>
    </message>
    <message>
        <source>The saved export queue could not be read (%1); the queue starts empty and the database is left as it is.</source>
        <translation>تعذّرت قراءة قائمة انتظار التصدير المحفوظة (%1)؛ تبدأ قائمة الانتظار فارغة وتُترك قاعدة البيانات كما هي.</translation>
    </message>
    <message>
        <source>job %1 is not JSON: %2</source>
        <translation>المهمة %1 ليست JSON: %2</translation>
    </message>
    <message>
        <source>job %1 holds the content of job %2</source>
        <translation>المهمة %1 تحتوي على محتوى المهمة %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وهي محفوظة في الجدول unreadable_jobs في %2.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وهي محفوظة في الجدول unreadable_jobs في %2.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمتي تصدير محفوظتين فاستُبعدتا (%1). وهما محفوظتان في الجدول unreadable_jobs في %2.</numerusform>
            <numerusform>تعذّرت قراءة %n مهام تصدير محفوظة فاستُبعدت (%1). وهي محفوظة في الجدول unreadable_jobs في %2.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وهي محفوظة في الجدول unreadable_jobs في %2.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وهي محفوظة في الجدول unreadable_jobs في %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وتبقى في %2 كما كانت (%3).</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وتبقى في %2 كما كانت (%3).</numerusform>
            <numerusform>تعذّرت قراءة %n مهمتي تصدير محفوظتين فاستُبعدتا (%1). وتبقيان في %2 كما كانتا (%3).</numerusform>
            <numerusform>تعذّرت قراءة %n مهام تصدير محفوظة فاستُبعدت (%1). وتبقى في %2 كما كانت (%3).</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وتبقى في %2 كما كانت (%3).</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة تصدير محفوظة فاستُبعدت (%1). وتبقى في %2 كما كانت (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::Sha256Stream</name>
    <message>
        <source>%1 has fewer than %2 bytes</source>
        <translation>يحتوي %1 على أقل من %2 بايت</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ZipExtractor</name>
    <message>
        <source>it would expand to more than %1, over %2 times the size of the archive, as a zip bomb does</source>
        <translation>سيتمدد إلى أكثر من %1، أي أكثر من %2 ضعف حجم الأرشيف، كما تفعل قنبلة ZIP</translation>
    </message>
    <message>
        <source>it would take more than %1% of the free space in %2 (over %3 of %4 free)</source>
        <translation>سيشغل أكثر من %1% من المساحة الحرة في %2 (أكثر من %3 من أصل %4 متاحة)</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2. The archive is kept as downloaded.</source>
        <translation>لم يُستخرج أي شيء من %1: %2. يُحتفَظ بالأرشيف كما نُزِّل.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>مدخل بلا اسم</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>للمدخل &quot;%1&quot; مسار مطلق</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; climbs out of its folder (&quot;..&quot;)</source>
        <translation>المدخل &quot;%1&quot; يخرج من مجلده (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name</source>
        <translation>يحتوي اسم المدخل &quot;%1&quot; على محرف تحكم</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be made on Windows: %2</source>
        <translation>يتعذّر إنشاء المدخل &quot;%1&quot; في Windows: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive (error %2).</source>
        <translation>%1 ليس أرشيف ZIP قابلًا للقراءة (الخطأ %2).</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>يحتوي على أكثر من %1 مدخل</translation>
    </message>
    <message>
        <source>%1 has an unreadable entry (error %2).</source>
        <translation>يحتوي %1 على مدخل غير قابل للقراءة (الخطأ %2).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>المدخل &quot;%1&quot; رابط رمزي</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2, which could write outside the folder. The archive is kept as downloaded.</source>
        <translation>لم يُستخرج أي شيء من %1: %2، الذي قد يكتب خارج المجلد. يُحتفَظ بالأرشيف كما نُزِّل.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is more than %2 folders deep</source>
        <translation>المدخل &quot;%1&quot; أعمق من %2 مستوى من المجلدات</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2).</source>
        <translation>%1 تالف (الخطأ %2).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 موجود مسبقًا.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2.</source>
        <translation>يتعذّر استخراج %1: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Cannot extract %1 to %2: %3.</source>
        <translation>يتعذّر استخراج %1 إلى %2: %3.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in %2 (error %3).</source>
        <translation>تتعذّر قراءة &quot;%1&quot; في %2 (الخطأ %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged.</source>
        <translation>&quot;%1&quot; في %2 تالف.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (error %3).</source>
        <translation>&quot;%1&quot; في %2 تالف (الخطأ %3).</translation>
    </message>
    <message>
        <source>Cannot move the extracted files to %1: %2.</source>
        <translation>يتعذّر نقل الملفات المستخرجة إلى %1: %2.</translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n آخر</numerusform>
            <numerusform>و%n آخر</numerusform>
            <numerusform>و%n آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n آخر</numerusform>
            <numerusform>و%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>The Git mirror %1 is a bare repository; it needs a working tree.</source>
        <translation>مرآة Git %1 مستودع مجرد (bare)؛ وتحتاج إلى شجرة عمل.</translation>
    </message>
    <message>
        <source>A merge, rebase or similar is under way in %1; finish it first.</source>
        <translation>هناك عملية دمج أو إعادة تأسيس (rebase) أو ما شابه جارية في %1؛ أنهِها أولًا.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be read: %2.</source>
        <translation>تتعذّر قراءة مرآة Git %1: %2.</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on no branch (a detached HEAD); the preset commits to &quot;%2&quot;. Switch to it first (git switch %2).</source>
        <translation>مرآة Git %1 ليست على أي فرع (HEAD منفصل)؛ ويُودع الإعداد المسبق في &quot;%2&quot;. انتقل إليه أولًا (git switch %2).</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on the branch &quot;%2&quot;; the preset commits only to &quot;%3&quot;. Switch to it first (git switch %3).</source>
        <translation>مرآة Git %1 على الفرع &quot;%2&quot;؛ ولا يُودع الإعداد المسبق إلا في &quot;%3&quot;. انتقل إليه أولًا (git switch %3).</translation>
    </message>
    <message>
        <source>The Git mirror %1 has changes that are not committed in the folders it mirrors into: %2. Commit or discard them first; the mirror would overwrite them.</source>
        <translation>في مرآة Git %1 تغييرات غير مُودَعة في المجلدات التي تنسخ إليها: %2. أودِعها أو تجاهلها أولًا؛ فالمرآة ستكتب فوقها.</translation>
    </message>
    <message>
        <source>The Git mirror %1 has staged changes (%2), which a commit would take along. Commit or unstage them first.</source>
        <translation>في مرآة Git %1 تغييرات مُجهَّزة (%2)، سيأخذها الإيداع معه. أودِعها أو ألغِ تجهيزها أولًا.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the Git mirror; what the folder held is still in its last commit (git restore %2).</source>
        <translation>تتعذّر كتابة %1 في مرآة Git؛ وما كان يحتويه المجلد لا يزال في آخر إيداع له (git restore %2).</translation>
    </message>
    <message>
        <source>The run made no Markdown export to mirror into %1.</source>
        <translation>لم يُنشئ التشغيل أي تصدير Markdown لنسخه إلى المرآة في %1.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be opened: %2.</source>
        <translation>يتعذّر فتح مرآة Git %1: %2.</translation>
    </message>
    <message>
        <source>it is not a Git repository</source>
        <translation>ليس مستودع Git</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1: %2.</source>
        <translation>يتعذّر إنشاء مجلد في %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be mirrored: %2</source>
        <translation>يتعذّر نسخ %1 إلى المرآة: %2</translation>
    </message>
    <message>
        <source>Cannot stage the mirrored files in %1: %2.</source>
        <translation>يتعذّر تجهيز الملفات المنسوخة في %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s tree in %1: %2.</source>
        <translation>تتعذّر كتابة شجرة الإيداع في %1: %2.</translation>
    </message>
    <message>
        <source>Cannot commit in the Git mirror %1: %2.</source>
        <translation>يتعذّر الإيداع في مرآة Git %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch name Git accepts.</source>
        <translation>&quot;%1&quot; ليس اسم فرع يقبله Git.</translation>
    </message>
    <message>
        <source>Cannot make a Git repository in %1: %2.</source>
        <translation>يتعذّر إنشاء مستودع Git في %1: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a Git repository nor an empty folder.</source>
        <translation>%1 ليس مستودع Git ولا مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>%1 is a bare repository; the mirror needs one with a working tree.</source>
        <translation>%1 مستودع مجرد (bare)؛ وتحتاج المرآة إلى مستودع ذي شجرة عمل.</translation>
    </message>
    <message>
        <source>%1 is on no branch (a detached HEAD). Switch to the branch the mirror should commit to first.</source>
        <translation>%1 ليس على أي فرع (HEAD منفصل). انتقل أولًا إلى الفرع الذي ينبغي أن تُودع فيه المرآة.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is on the branch &quot;%2&quot;; the mirror commits only to the branch the working tree is on. Switch to &quot;%3&quot; first (git switch %3).</source>
        <translation>%1 على الفرع &quot;%2&quot;؛ ولا تُودع المرآة إلا في الفرع الذي تقع عليه شجرة العمل. انتقل إلى &quot;%3&quot; أولًا (git switch %3).</translation>
    </message>
</context>
<context>
    <name>d360::routines::BackupAftercare</name>
    <message>
        <source>The manifest of %1 could not be written: %2</source>
        <translation>تعذّرت كتابة ملف البيان لـ %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::BoundedProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>تعذّر بدء %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer within %2 ms.</source>
        <translation>لم يُجب &quot;%1&quot; خلال %2 ملّي ثانية.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>تعطّل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>أخفق &quot;%1&quot; (رمز الخروج %2): %3</translation>
    </message>
</context>
<context>
    <name>d360::routines::DesktopNotifier</name>
    <message>
        <source>There is no session bus, so no desktop to notify.</source>
        <translation>لا يوجد ناقل جلسة (session bus)، لذا لا يوجد سطح مكتب لإشعاره.</translation>
    </message>
    <message>
        <source>No notification service runs on this desktop.</source>
        <translation>لا تعمل أي خدمة إشعارات على سطح المكتب هذا.</translation>
    </message>
</context>
<context>
    <name>d360::routines::FileScheduleInstaller</name>
    <message>
        <source>The scheduler is told by a command of your own session, which this program does not run for you.</source>
        <translation>يُبلَّغ المجدول بأمر من جلستك أنت، لا يشغّله هذا البرنامج نيابةً عنك.</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2.</source>
        <translation>لا توجد جدولة للإعداد المسبق &quot;%1&quot; في %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::HistoryStore</name>
    <message>
        <source>history has no run %1 to finish</source>
        <translation>لا يحتوي السجل على التشغيل %1 لإنهائه</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestItem</name>
    <message>
        <source>default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestReader</name>
    <message>
        <source>the folder has no %1</source>
        <translation>لا يحتوي المجلد على %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 رابط رمزي</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ليس ملفًا</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a manifest can be</source>
        <translation>حجم %1 هو %2 بايت، وهو أكبر مما يمكن أن يكون عليه ملف البيان</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 grew past the size a manifest can be while it was read</source>
        <translation>تجاوز %1 الحجم الذي يمكن أن يكون عليه ملف البيان أثناء قراءته</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 ليس JSON صالحًا (%2 عند البايت %3)</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>لا يحتوي %1 على كائن JSON</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>يتعذّر استخدام %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestWriter</name>
    <message>
        <source>%1 is not a file (a link or a folder is in its place)</source>
        <translation>%1 ليس ملفًا (يوجد رابط أو مجلد مكانه)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::Preset</name>
    <message>
        <source>default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>يحتاج الإعداد المسبق إلى اسم.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot begin or end with a space.</source>
        <translation>لا يمكن أن يبدأ اسم الإعداد المسبق أو ينتهي بمسافة.</translation>
    </message>
    <message>
        <source>A preset&apos;s name can be at most %1 characters long.</source>
        <translation>يمكن أن يتكون اسم الإعداد المسبق من %1 محرف على الأكثر.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot hold a slash, a backslash or a control character.</source>
        <translation>لا يمكن أن يحتوي اسم الإعداد المسبق على شرطة مائلة أو شرطة مائلة عكسية أو محرف تحكم.</translation>
    </message>
    <message>
        <source>The preset names no project.</source>
        <translation>لا يحدد الإعداد المسبق أي مشروع.</translation>
    </message>
    <message>
        <source>The preset names no version (an id, or &quot;default&quot;).</source>
        <translation>لا يحدد الإعداد المسبق أي إصدار (معرّف، أو &quot;default&quot;).</translation>
    </message>
    <message>
        <source>&quot;all&quot; languages already includes every language.</source>
        <translation>تشمل اللغات &quot;all&quot; كل اللغات أصلًا.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>تنسيق غير معروف &quot;%1&quot;: استخدم pdf أو html أو markdown.</translation>
    </message>
    <message>
        <source>The preset names no folder to write into.</source>
        <translation>لا يحدد الإعداد المسبق أي مجلد للكتابة فيه.</translation>
    </message>
    <message>
        <source>The preset&apos;s file-name template cannot be used: %1.</source>
        <translation>يتعذّر استخدام قالب أسماء الملفات في الإعداد المسبق: %1.</translation>
    </message>
    <message>
        <source>A preset runs 1 to 64 exports at once.</source>
        <translation>يشغّل الإعداد المسبق من 1 إلى 64 عملية تصدير في آن واحد.</translation>
    </message>
    <message>
        <source>A backup keeps a positive number of runs.</source>
        <translation>تحتفظ النسخة الاحتياطية بعدد موجب من عمليات التشغيل.</translation>
    </message>
    <message>
        <source>The preset&apos;s Git mirror names no branch.</source>
        <translation>لا تحدد مرآة Git في الإعداد المسبق أي فرع.</translation>
    </message>
    <message>
        <source>A Git mirror keeps Markdown; the preset does not export Markdown.</source>
        <translation>تحتفظ مرآة Git بملفات Markdown؛ والإعداد المسبق لا يصدّر Markdown.</translation>
    </message>
    <message>
        <source>the preset&apos;s field &quot;%1&quot; has the wrong type</source>
        <translation>حقل الإعداد المسبق &quot;%1&quot; من نوع خاطئ</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>ليس JSON: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>not a preset file</source>
        <translation>ليس ملف إعداد مسبق</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>كتبه إصدار أحدث من D360 Exporter</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a preset.</source>
        <translation>%1 أكبر من أن يكون إعدادًا مسبقًا.</translation>
    </message>
    <message>
        <source>%1 is not a preset that can be used: %2</source>
        <translation>%1 ليس إعدادًا مسبقًا يمكن استخدامه: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetPlanner</name>
    <message>
        <source>The preset &quot;%1&quot; has no account to run on.</source>
        <translation>لا يوجد للإعداد المسبق &quot;%1&quot; حساب يعمل عليه.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot make its run folder: %2</source>
        <translation>يتعذّر على النسخة الاحتياطية &quot;%1&quot; إنشاء مجلد تشغيلها: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be planned: %2</source>
        <translation>تعذّر تخطيط الإعداد المسبق &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetStore</name>
    <message>
        <source>The preset &quot;%1&quot; cannot be read (%2).</source>
        <translation>تتعذّر قراءة الإعداد المسبق &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a preset &quot;%1&quot;.</source>
        <translation>يوجد إعداد مسبق &quot;%1&quot; مسبقًا.</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>يتعذّر فتح المجلد %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>يتعذّر إنشاء المجلد %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place)</source>
        <translation>%1 ليس مجلدًا (يوجد رابط أو ملف مكانه)</translation>
    </message>
    <message>
        <source>%1 already holds %2 runs started in the same second</source>
        <translation>يحتوي %1 مسبقًا على %2 عملية تشغيل بدأت في الثانية نفسها</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderFiles</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>يتعذّر فتح المجلد %1: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message>
        <source>%1 is not the name of a run folder; it was left</source>
        <translation>%1 ليس اسم مجلد تشغيل؛ لذا تُرك</translation>
    </message>
    <message>
        <source>cannot open %1 as a folder (not followed if it is a link): %2</source>
        <translation>يتعذّر فتح %1 كمجلد (لا يُتبع إن كان رابطًا): %2</translation>
    </message>
    <message>
        <source>%1 was left: %2</source>
        <translation>تُرك %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عنصر لا يُدرجه ملف البيان الخاص به</numerusform>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عنصر لا يُدرجه ملف البيان الخاص به</numerusform>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عنصرين لا يُدرجهما ملف البيان الخاص به</numerusform>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عناصر لا يُدرجها ملف البيان الخاص به</numerusform>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عنصر لا يُدرجه ملف البيان الخاص به</numerusform>
            <numerusform>احتُفظ بـ %1: فهو يحتوي على %n عنصر لا يُدرجه ملف البيان الخاص به</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunManifest</name>
    <message>
        <source>the field %1 is missing</source>
        <translation>الحقل %1 مفقود</translation>
    </message>
    <message>
        <source>the field %1 is not text</source>
        <translation>الحقل %1 ليس نصًا</translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation>الحقل %1 ليس كائنًا</translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation>الحقل %1 ليس قائمة</translation>
    </message>
    <message>
        <source>the field %1 is not true or false</source>
        <translation>الحقل %1 ليس true أو false</translation>
    </message>
    <message>
        <source>the field %1 is not a count of bytes</source>
        <translation>الحقل %1 ليس عددًا من البايتات</translation>
    </message>
    <message>
        <source>the field %1 is not a date and time</source>
        <translation>الحقل %1 ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>the field %1: %2</source>
        <translation>الحقل %1: %2</translation>
    </message>
    <message>
        <source>the field %1 is not a SHA-256 in lower-case hex</source>
        <translation>الحقل %1 ليس قيمة SHA-256 بصيغة ست عشرية بأحرف صغيرة</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot open the extracted folder %1: %2</source>
        <translation>يتعذّر فتح المجلد المستخرج %1: %2</translation>
    </message>
    <message>
        <source>cannot read the extracted file %1: %2</source>
        <translation>تتعذّر قراءة الملف المستخرج %1: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>المسار فارغ</translation>
    </message>
    <message>
        <source>the path %1 is absolute</source>
        <translation>المسار %1 مطلق</translation>
    </message>
    <message>
        <source>the path %1 holds a backslash or a NUL</source>
        <translation>يحتوي المسار %1 على شرطة مائلة عكسية أو محرف NUL</translation>
    </message>
    <message>
        <source>the path %1 is not a plain path inside the folder</source>
        <translation>المسار %1 ليس مسارًا بسيطًا داخل المجلد</translation>
    </message>
    <message>
        <source>the file %1 is not inside the run folder</source>
        <translation>الملف %1 ليس داخل مجلد التشغيل</translation>
    </message>
    <message>
        <source>the run ended before this export did</source>
        <translation>انتهى التشغيل قبل أن ينتهي هذا التصدير</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that large back.</source>
        <translation>حجم %1 هو %2 (%3 بايت)، وهو أكبر من 1 GB: لا يستطيع Document360 استيراد ملف بهذا الحجم مرة أخرى.</translation>
    </message>
    <message>
        <source>this is not a run manifest (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>هذا ليس ملف بيان تشغيل (التنسيق &quot;%1&quot;، والمتوقع &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the manifest&apos;s format version is %1; this program reads version %2</source>
        <translation>إصدار تنسيق ملف البيان هو %1؛ وهذا البرنامج يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>the field run_id is not a UUID</source>
        <translation>الحقل run_id ليس UUID</translation>
    </message>
    <message>
        <source>the field origin is &quot;%1&quot;, not window, cli or schedule</source>
        <translation>الحقل origin هو &quot;%1&quot;، وليس window أو cli أو schedule</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ليس كائنًا</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not a format</source>
        <translation>الحقل %1 هو &quot;%2&quot;، وليس تنسيقًا</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not exported or missing</source>
        <translation>الحقل %1 هو &quot;%2&quot;، وليس exported أو missing</translation>
    </message>
    <message>
        <source>the verdict does not match the items: it lists %1 missing, the items %2</source>
        <translation>الحكم لا يطابق العناصر: فهو يُدرج %1 مفقودة، والعناصر %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunOrigin</name>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunRecorder</name>
    <message>
        <source>The run could not be recorded in history: %1</source>
        <translation>تعذّر تسجيل التشغيل في السجل: %1</translation>
    </message>
    <message>
        <source>The outcome of the run could not be recorded in history: %1</source>
        <translation>تعذّر تسجيل نتيجة التشغيل في السجل: %1</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleFiles</name>
    <message>
        <source>%1 is already there and was not written by D360 Exporter for this preset; it is left as it is. Move it away to schedule this preset.</source>
        <translation>%1 موجود مسبقًا ولم يكتبه D360 Exporter لهذا الإعداد المسبق؛ لذا يُترك كما هو. انقله إلى مكان آخر لجدولة هذا الإعداد المسبق.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>%1 was not written by D360 Exporter for this preset; it is left as it is.</source>
        <translation>لم يكتب D360 Exporter الملف %1 لهذا الإعداد المسبق؛ لذا يُترك كما هو.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>يتعذّر حذف %1: %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time of day: give it as HH:MM in 24-hour time, for example 02:30 or 23:15.</source>
        <translation>&quot;%1&quot; ليس وقتًا من اليوم: اكتبه بالصيغة HH:MM بنظام 24 ساعة، مثل 02:30 أو 23:15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the full English name).</source>
        <translation>&quot;%1&quot; ليس يومًا من أيام الأسبوع: اكتب mon أو tue أو wed أو thu أو fri أو sat أو sun (أو الاسم الإنجليزي الكامل).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval: give a whole number followed by h for hours or d for days, for example 6h or 2d.</source>
        <translation>&quot;%1&quot; ليس فترة: اكتب عددًا صحيحًا متبوعًا بـ h للساعات أو d للأيام، مثل 6h أو 2d.</translation>
    </message>
    <message>
        <source>The interval must be at least 1 hour or 1 day, not &quot;%1&quot;.</source>
        <translation>يجب أن تكون الفترة ساعة واحدة أو يومًا واحدًا على الأقل، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 hours): give the interval in days instead.</source>
        <translation>&quot;%1&quot; أطول مما تسمح به أدوات الجدولة (%2 ساعة على الأكثر): اكتب الفترة بالأيام بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 days).</source>
        <translation>&quot;%1&quot; أطول مما تسمح به أدوات الجدولة (%2 يوم على الأكثر).</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours.</source>
        <translation>يجب أن تكون الفترة بين 1 و%1 ساعة.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 days.</source>
        <translation>يجب أن تكون الفترة بين 1 و%1 يوم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).</source>
        <translation>&quot;%1&quot; ليس جدولة: الصيغ هي daily HH:MM أو weekly DAY HH:MM أو every N(h|d).</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>يوميًا في الساعة %1</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation>أسبوعيًا يوم %1 في الساعة %2</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>كل ساعة</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>كل %n ساعة</numerusform>
            <numerusform>كل %n ساعة</numerusform>
            <numerusform>كل %n ساعتين</numerusform>
            <numerusform>كل %n ساعات</numerusform>
            <numerusform>كل %n ساعة</numerusform>
            <numerusform>كل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>كل يوم</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleUnits</name>
    <message>
        <source>Give the preset to run with --preset NAME.</source>
        <translation>حدّد الإعداد المسبق المراد تشغيله باستخدام --preset NAME.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; holds a control character, which no scheduler can carry; rename the preset.</source>
        <translation>يحتوي اسم الإعداد المسبق &quot;%1&quot; على محرف تحكم، لا تستطيع أي أداة جدولة حمله؛ أعد تسمية الإعداد المسبق.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; is too long for a schedule (systemd allows %2 characters in a unit name, and each character that is not a plain letter or digit takes four); give the preset a shorter name.</source>
        <translation>اسم الإعداد المسبق &quot;%1&quot; طويل جدًا بالنسبة إلى الجدولة (يسمح systemd بـ %2 محرف في اسم الوحدة، وكل محرف ليس حرفًا أو رقمًا بسيطًا يشغل أربعة)؛ أعطِ الإعداد المسبق اسمًا أقصر.</translation>
    </message>
    <message>
        <source>Backs up the preset &quot;%1&quot; %2.</source>
        <translation>ينسخ الإعداد المسبق &quot;%1&quot; احتياطيًا %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::SystemdScheduleInstaller</name>
    <message>
        <source>systemctl was not called (D360_SYSTEMCTL=none).</source>
        <translation>لم يُستدعَ systemctl (D360_SYSTEMCTL=none).</translation>
    </message>
    <message>
        <source>No systemd user manager answers here (%1).</source>
        <translation>لا يوجد مدير مستخدم systemd يجيب هنا (%1).</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2 (see &quot;d360-exporter schedule list&quot;).</source>
        <translation>لا توجد جدولة للإعداد المسبق &quot;%1&quot; في %2 (راجع &quot;d360-exporter schedule list&quot;).</translation>
    </message>
    <message>
        <source>%1 is not the service D360 Exporter wrote.</source>
        <translation>%1 ليس الخدمة التي كتبها D360 Exporter.</translation>
    </message>
</context>
<context>
    <name>d360::routines::VerifyReport</name>
    <message>
        <source>not in the folder</source>
        <translation>غير موجود في المجلد</translation>
    </message>
    <message>
        <source>a symbolic link is in its place (not followed)</source>
        <translation>يوجد رابط رمزي مكانه (لا يُتبع)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>is no longer a plain file</source>
        <translation>لم يَعُد ملفًا عاديًا</translation>
    </message>
    <message>
        <source>%1 bytes; the manifest says %2</source>
        <translation>%1 بايت؛ ويذكر ملف البيان %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest&apos;s</source>
        <translation>تختلف قيمة SHA-256 الخاصة به عن قيمة ملف البيان</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (not followed)</source>
        <translation>رابط رمزي إلى %1 (لا يُتبع)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>غير موجود في ملف البيان</translation>
    </message>
    <message>
        <source>not a plain file, not in the manifest</source>
        <translation>ليس ملفًا عاديًا، وغير موجود في ملف البيان</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::LoopbackHttpListener</name>
    <message>
        <source>The sandbox listens on loopback addresses only, not on %1.</source>
        <translation>لا تستمع بيئة التجربة إلا على عناوين loopback، وليس على %1.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation>تعذّر على بيئة التجربة الاستماع على %1 المنفذ %2: %3</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>بيئة التجربة قيد التشغيل مسبقًا.</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueFile</name>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>ليس JSON: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>not an export queue</source>
        <translation>ليس قائمة انتظار تصدير</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>كتبه إصدار أحدث من D360 Exporter</translation>
    </message>
    <message>
        <source>job %1 appears twice</source>
        <translation>المهمة %1 مكررة</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message>
        <source>The export queue %1 of an earlier version could not be opened (%2); it is left as it is.</source>
        <translation>تعذّر فتح قائمة انتظار التصدير %1 من إصدار سابق (%2)؛ لذا تُترك كما هي.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and was moved aside to %3.</source>
        <translation>تعذّرت قراءة قائمة انتظار التصدير %1 من إصدار سابق (%2)؛ لم تُستورد، ونُقلت جانبًا إلى %3.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and is left as it is.</source>
        <translation>تعذّرت قراءة قائمة انتظار التصدير %1 من إصدار سابق (%2)؛ لم تُستورد، وتُركت كما هي.</translation>
    </message>
    <message>
        <source>The export queue %1 could not be imported: %2</source>
        <translation>تعذّر استيراد قائمة انتظار التصدير %1: %2</translation>
    </message>
    <message>
        <source>The export queue %1 was imported, but could not be renamed; it will be looked at again at the next start.</source>
        <translation>استُوردت قائمة انتظار التصدير %1، لكن تعذّرت إعادة تسميتها؛ وسيُنظر فيها مجددًا عند البدء التالي.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation>
            <numerusform>تعذّرت قراءة %n مهمة من قائمة انتظار التصدير %1 (%2)؛ وهي محفوظة في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة من قائمة انتظار التصدير %1 (%2)؛ وهي محفوظة في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمتين من قائمة انتظار التصدير %1 (%2)؛ وهما محفوظتان في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
            <numerusform>تعذّرت قراءة %n مهام من قائمة انتظار التصدير %1 (%2)؛ وهي محفوظة في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة من قائمة انتظار التصدير %1 (%2)؛ وهي محفوظة في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
            <numerusform>تعذّرت قراءة %n مهمة من قائمة انتظار التصدير %1 (%2)؛ وهي محفوظة في الجدول unreadable_jobs في %3، والملف باسم %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::StateDatabase</name>
    <message>
        <source>The state database %1 cannot be created: %2</source>
        <translation>يتعذّر إنشاء قاعدة بيانات الحالة %1: %2</translation>
    </message>
    <message>
        <source>The state database %1 is being opened by another D360 Exporter that does not finish; try again, or look for a stuck process.</source>
        <translation>تفتح نسخة أخرى من D360 Exporter قاعدة بيانات الحالة %1 ولا تنتهي من ذلك؛ حاول مرة أخرى، أو ابحث عن عملية عالقة.</translation>
    </message>
    <message>
        <source>%1 (the disk that holds %2 is full)</source>
        <translation>%1 (القرص الذي يحتوي على %2 ممتلئ)</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>قاعدة بيانات الحالة %1 تالفة (%2) وتعذّر نقلها جانبًا.</translation>
    </message>
    <message>
        <source>The state database was damaged (%1). It was moved aside to %2, and a new one was started: the queue, history and presets start empty.</source>
        <translation>كانت قاعدة بيانات الحالة تالفة (%1). نُقلت جانبًا إلى %2، وبدأت قاعدة جديدة: تبدأ قائمة الانتظار والسجل والإعدادات المسبقة فارغة.</translation>
    </message>
    <message>
        <source>The state database cannot be opened: Qt&apos;s SQLite driver (QSQLITE) is missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>يتعذّر فتح قاعدة بيانات الحالة: برنامج تشغيل SQLite الخاص بـ Qt (QSQLITE) مفقود. ثبّت ملحق SQLite لـ Qt 6 (في Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The state database %1 cannot be opened: %2</source>
        <translation>يتعذّر فتح قاعدة بيانات الحالة %1: %2</translation>
    </message>
    <message>
        <source>the state database %1 refused a change: %2</source>
        <translation>رفضت قاعدة بيانات الحالة %1 تغييرًا: %2</translation>
    </message>
</context>
<context>
    <name>d360::state::StateSchema</name>
    <message>
        <source>The state database %1 was written by a newer version of D360 Exporter (schema %2; this version knows %3). It is left as it is: update D360 Exporter, or move the file away to start afresh.</source>
        <translation>كتب قاعدة بيانات الحالة %1 إصدار أحدث من D360 Exporter (المخطط %2؛ وهذا الإصدار يعرف %3). تُترك كما هي: حدّث D360 Exporter، أو انقل الملف بعيدًا لتبدأ من جديد.</translation>
    </message>
    <message>
        <source>The state database %1 could not be brought to schema %2: %3</source>
        <translation>تعذّرت ترقية قاعدة بيانات الحالة %1 إلى المخطط %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export Document360 knowledge bases.</source>
        <translation>تصدير قواعد معرفة Document360.</translation>
    </message>
    <message>
        <source>Open the window on a built-in Document360 simulator.</source>
        <translation>فتح النافذة على محاكٍ مدمج لـ Document360.</translation>
    </message>
    <message>
        <source>Add, list, test, rename or remove stored accounts</source>
        <translation>إضافة الحسابات المخزَّنة أو عرضها أو اختبارها أو إعادة تسميتها أو إزالتها</translation>
    </message>
    <message>
        <source>Export versions, languages and formats into a folder</source>
        <translation>تصدير الإصدارات واللغات والتنسيقات إلى مجلد</translation>
    </message>
    <message>
        <source>Save, list, show, share or remove saved exports</source>
        <translation>حفظ عمليات التصدير المحفوظة أو عرضها أو إظهارها أو مشاركتها أو إزالتها</translation>
    </message>
    <message>
        <source>List the runs of exports, with their files and failures</source>
        <translation>عرض عمليات تشغيل التصدير، مع ملفاتها وإخفاقاتها</translation>
    </message>
    <message>
        <source>List the projects the token can see</source>
        <translation>عرض المشاريع التي يستطيع الرمز رؤيتها</translation>
    </message>
    <message>
        <source>List the versions of a project</source>
        <translation>عرض إصدارات مشروع</translation>
    </message>
    <message>
        <source>List the languages of a project&apos;s version</source>
        <translation>عرض لغات إصدار من مشروع</translation>
    </message>
    <message>
        <source>Back up a preset daily, weekly or every N hours</source>
        <translation>النسخ الاحتياطي لإعداد مسبق يوميًا أو أسبوعيًا أو كل N ساعة</translation>
    </message>
    <message>
        <source>Serve a Document360 API simulator on loopback</source>
        <translation>تشغيل محاكٍ لـ Document360 API على واجهة loopback</translation>
    </message>
    <message>
        <source>Show what changed between two Markdown or HTML exports</source>
        <translation>إظهار ما تغيّر بين تصديرين بتنسيق Markdown أو HTML</translation>
    </message>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown</source>
        <translation>إبقاء مستودع Git متوافقًا مع ملفات Markdown لإعداد مسبق</translation>
    </message>
    <message>
        <source>Check a backup run folder against its manifest.json</source>
        <translation>التحقق من مجلد تشغيل نسخ احتياطي مقابل ملف manifest.json الخاص به</translation>
    </message>
</context>
</TS>
