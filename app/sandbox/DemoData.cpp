// See DemoData.h. The texts are written per language rather than machine
// generated, so that what lands in an exported PDF reads like a real
// knowledge base; %1 is the project's name and %2 the version's.
#include "sandbox/DemoData.h"

#include "sandbox/DemoRevisions.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QUuid>

namespace d360::sandbox {

namespace {

// Name-based ids: the same name always gives the same UUID, in any process.
QString stableId(const QString &name)
{
    static const QUuid ns = QUuid::fromString(u"{6f1d3c52-8a4e-4b1f-9c7d-2e5a0b8f4d13}");
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

DemoLanguage language(const QString &code, bool isDefault = false)
{
    struct Known
    {
        QString code;
        QString name;
        bool rightToLeft;
    };
    static const QList<Known> known {
        { QStringLiteral("en"), QStringLiteral("English"), false },
        { QStringLiteral("de"), QStringLiteral("German"), false },
        { QStringLiteral("fr"), QStringLiteral("French"), false },
        { QStringLiteral("ar"), QStringLiteral("Arabic"), true },
        { QStringLiteral("ja"), QStringLiteral("Japanese"), false },
        { QStringLiteral("zh-CN"), QStringLiteral("Chinese (Simplified)"), false },
    };
    for (const Known &entry : known) {
        if (entry.code == code)
            return DemoLanguage { entry.code, entry.name, isDefault, entry.rightToLeft };
    }
    Q_UNREACHABLE();
    return {};
}

QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

DemoVersion version(const QString &projectKey, const QString &name, int order, bool isDefault,
                    const QString &versionType, const QDateTime &createdAt,
                    QList<DemoLanguage> languages)
{
    DemoVersion v;
    v.id = stableId(QStringLiteral("version:%1:%2").arg(projectKey, name));
    v.name = name;
    v.slug = slugOf(name);
    v.order = order;
    v.isDefault = isDefault;
    v.versionType = versionType;
    v.createdAt = createdAt;
    v.modifiedAt = createdAt.addDays(40 + order % 90).addSecs(3600 * (order % 7));
    v.languages = std::move(languages);
    return v;
}

struct ArticleTemplate
{
    QString slug;
    QString title;
    QString body;
};

// The articles of every version, per language; %1 project, %2 version.
QList<ArticleTemplate> articleTemplates(const QString &languageCode)
{
    const QString base = languageCode.section(QLatin1Char('-'), 0, 0).toLower();
    if (base == u"de") {
        return {
            { QStringLiteral("getting-started"), QStringLiteral("Erste Schritte mit %1"),
              QStringLiteral(
                  "Willkommen bei %1, Version %2. Diese Anleitung führt Sie durch die "
                  "ersten Schritte – von der Anmeldung bis zur Veröffentlichung Ihres "
                  "ersten Artikels.\n\nTipp: Die Checkliste „Schnellstart“ im Dashboard "
                  "zeigt, was noch zu tun ist. Größere Änderungen übernehmen Sie später.") },
            { QStringLiteral("backup-and-export"),
              QStringLiteral("Inhalte sichern und exportieren"),
              QStringLiteral(
                  "Exporte von %2 enthalten jeden veröffentlichten Artikel mit Kategorie "
                  "und Anhängen.\n\nPlanen Sie einen wöchentlichen Export, damit Sie stets "
                  "eine Kopie Ihrer Wissensdatenbank zur Hand haben – auch offline.") },
            { QStringLiteral("troubleshooting-sign-in"),
              QStringLiteral("Anmeldeprobleme beheben: „Zugriff verweigert“"),
              QStringLiteral("Meldet %1 „Zugriff verweigert“, prüfen Sie, ob Ihr Token den Bereich "
                             "customerApi hat und nicht widerrufen wurde.\n\nTokens gelten für ein "
                             "Projekt: Ein Token für ein Projekt öffnet nie ein anderes.") },
        };
    }
    if (base == u"fr") {
        return {
            { QStringLiteral("getting-started"), QStringLiteral("Premiers pas avec %1"),
              QStringLiteral(
                  "Bienvenue dans %1, version %2. Ce guide vous accompagne pas à pas, de "
                  "la connexion à la publication de votre premier article.\n\nAstuce : la "
                  "liste « Démarrage rapide » du tableau de bord indique ce qu’il reste à "
                  "faire.") },
            { QStringLiteral("backup-and-export"),
              QStringLiteral("Sauvegarder et exporter votre contenu"),
              QStringLiteral(
                  "Les exports de %2 contiennent chaque article publié, sa catégorie et "
                  "ses pièces jointes.\n\nPlanifiez un export hebdomadaire afin de toujours "
                  "disposer d’une copie de votre base de connaissances, même hors ligne.") },
            { QStringLiteral("troubleshooting-sign-in"),
              QStringLiteral("Dépannage de la connexion : « Accès refusé »"),
              QStringLiteral(
                  "Si %1 répond « Accès refusé », vérifiez que votre jeton possède la "
                  "portée customerApi et qu’il n’a pas été révoqué.\n\nLes jetons sont "
                  "propres à un projet : le jeton d’un projet n’en ouvre jamais un autre.") },
        };
    }
    if (base == u"ar") {
        return {
            { QStringLiteral("getting-started"), QStringLiteral("البدء مع %1"),
              QStringLiteral("مرحبًا بك في %1، الإصدار %2. يرشدك هذا الدليل خطوة بخطوة من تسجيل "
                             "الدخول إلى نشر مقالتك الأولى.\n\nنصيحة: تعرض قائمة «البدء السريع» في "
                             "لوحة التحكم ما تبقى من مهام.") },
            { QStringLiteral("backup-and-export"), QStringLiteral("النسخ الاحتياطي وتصدير المحتوى"),
              QStringLiteral("تتضمن صادرات %2 كل مقالة منشورة مع تصنيفها ومرفقاتها.\n\nجدول تصديرًا "
                             "أسبوعيًا لتبقى لديك دائمًا نسخة من قاعدة المعرفة، حتى دون اتصال.") },
            { QStringLiteral("troubleshooting-sign-in"),
              QStringLiteral("حل مشكلات تسجيل الدخول: «تم رفض الوصول»"),
              QStringLiteral("إذا أجاب %1 بالرسالة «تم رفض الوصول»، فتحقق من أن الرمز المميز يملك "
                             "النطاق customerApi وأنه لم يُلغَ.\n\nالرموز مرتبطة بمشروع واحد: رمز "
                             "مشروع لا يفتح مشروعًا آخر أبدًا.") },
        };
    }
    if (base == u"ja") {
        return {
            { QStringLiteral("getting-started"), QStringLiteral("%1 をはじめる"),
              QStringLiteral(
                  "%1（バージョン %2）へようこそ。このガイドでは、サインインから最初の"
                  "記事の公開までを順に説明します。\n\nヒント：ダッシュボードの「クイック"
                  "スタート」チェックリストに残りの作業が表示されます。") },
            { QStringLiteral("backup-and-export"),
              QStringLiteral("コンテンツのバックアップとエクスポート"),
              QStringLiteral("%2 のエクスポートには、公開済みのすべての記事とカテゴリ、添付ファイル"
                             "が含まれます。\n\n毎週のエクスポートを設定すれば、ナレッジベースの"
                             "コピーをいつでもオフラインで参照できます。") },
            { QStringLiteral("troubleshooting-sign-in"),
              QStringLiteral("サインインのトラブルシューティング：「アクセスが拒否されました」"),
              QStringLiteral("%1 が「アクセスが拒否されました」と応答する場合は、トークンに "
                             "customerApi スコープがあり、失効していないことを確認してください。"
                             "\n\nトークンはプロジェクトごとに発行され、別のプロジェクトには使用"
                             "できません。") },
        };
    }
    if (base == u"zh") {
        return {
            { QStringLiteral("getting-started"), QStringLiteral("%1 快速入门"),
              QStringLiteral("欢迎使用 %1（版本 %2）。本指南将带您从登录一直到发布第一篇文章。"
                             "\n\n提示：仪表板上的“快速入门”清单会显示剩余的步骤。") },
            { QStringLiteral("backup-and-export"), QStringLiteral("备份和导出内容"),
              QStringLiteral("%2 的导出包含所有已发布的文章及其类别和附件。\n\n设置每周导出，即可"
                             "随时离线查阅知识库的副本。") },
            { QStringLiteral("troubleshooting-sign-in"), QStringLiteral("登录故障排除：“拒绝访问”"),
              QStringLiteral("如果 %1 返回“拒绝访问”，请检查您的令牌是否具有 customerApi 范围且未"
                             "被撤销。\n\n令牌仅适用于一个项目，不能用于其他项目。") },
        };
    }
    return {
        { QStringLiteral("getting-started"), QStringLiteral("Getting started with %1"),
          QStringLiteral("Welcome to %1, version %2. This guide walks you through your first steps "
                         "— from signing in to publishing your first article.\n\nTip: the “Quick "
                         "start” checklist on the dashboard shows what is left to do. Naïve "
                         "questions are welcome in the café channel.") },
        { QStringLiteral("backup-and-export"),
          QStringLiteral("Backing up and exporting your content"),
          QStringLiteral(
              "Exports of %2 include every published article, its category and its "
              "attachments.\n\nSchedule a weekly export so that a copy of your knowledge "
              "base is always at hand — even offline.") },
        { QStringLiteral("troubleshooting-sign-in"),
          QStringLiteral("Troubleshooting sign-in: “Access denied”"),
          QStringLiteral(
              "If %1 answers “Access denied”, check that your token has the customerApi "
              "scope and has not been revoked.\n\nTokens are project-scoped: a token for "
              "one project never opens another.") },
    };
}

// One image per template article, in the same order; the alt text is
// English in every language, as a screenshot's file often is.
QList<DemoImage> imageTemplates()
{
    return {
        { QStringLiteral("dashboard.png"), QStringLiteral("The dashboard"), {} },
        { QStringLiteral("export-settings.png"), QStringLiteral("Export settings"), {} },
        { QStringLiteral("access-denied.png"), QStringLiteral("The “Access denied” message"), {} },
    };
}

// Stripes in two colours drawn from a hash of the seed: tiny, and different
// enough from one generation to the next that any hash or diff sees it.
QByteArray pngFor(const QString &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const auto colour = [&](int at) {
        return qRgb(quint8(hash.at(at)), quint8(hash.at(at + 1)), quint8(hash.at(at + 2)));
    };
    const int stripe = 2 + quint8(hash.at(6)) % 6;
    QImage image(48, 32, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, ((x + y) / stripe) % 2 ? colour(0) : colour(3));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

DemoProject acmeCloudHandbook()
{
    const QString key = QStringLiteral("acme-cloud-handbook");
    const auto en = [](bool isDefault = false) {
        return language(QStringLiteral("en"), isDefault);
    };
    DemoProject p;
    p.id = stableId(QStringLiteral("project:") + key);
    p.name = QStringLiteral("Acme Cloud Handbook");
    p.description = QStringLiteral("Product documentation for Acme Cloud — guides, how-tos and "
                                   "release notes");
    p.subDomainName = QStringLiteral("acme-cloud");
    p.createdAt = utc(2024, 1, 15, 10, 30);
    p.modifiedAt = utc(2025, 8, 20, 16, 0);
    p.versions = {
        version(key, QStringLiteral("v1.0"), 0, false, QStringLiteral("KnowledgeBase"),
                utc(2024, 1, 15, 10, 30),
                { en(true), language(QStringLiteral("de")), language(QStringLiteral("fr")) }),
        version(key, QStringLiteral("v2.0"), 1, true, QStringLiteral("KnowledgeBase"),
                utc(2024, 9, 2, 8, 0),
                { en(true), language(QStringLiteral("de")), language(QStringLiteral("fr")),
                  language(QStringLiteral("ar")), language(QStringLiteral("ja")) }),
        version(key, QStringLiteral("v3.0 beta"), 2, false, QStringLiteral("KnowledgeBase"),
                utc(2025, 6, 30, 12, 0), { en(true), language(QStringLiteral("de")) }),
        version(key, QStringLiteral("API Reference"), 3, false, QStringLiteral("ApiDocumentation"),
                utc(2024, 11, 5, 14, 15), { en(true) }),
    };
    return p;
}

// More versions than the largest page (100) holds, so that a client must
// follow has_more/next_cursor; German is its default language.
DemoProject nordlichtDeviceManuals()
{
    const QString key = QStringLiteral("nordlicht-geraetehandbuch");
    DemoProject p;
    p.id = stableId(QStringLiteral("project:") + key);
    p.name = QStringLiteral("Nordlicht Gerätehandbuch");
    p.description = QStringLiteral("Bedienungsanleitungen für Nordlicht-Geräte, eine Version je "
                                   "Firmware-Release");
    p.subDomainName = QStringLiteral("nordlicht");
    p.createdAt = utc(2019, 3, 1);
    p.modifiedAt = utc(2025, 9, 5, 11, 30);
    constexpr int versionCount = 130;
    for (int i = 0; i < versionCount; ++i) {
        const QString name = QStringLiteral("Firmware %1.%2").arg(1 + i / 10).arg(i % 10);
        p.versions.append(
            version(key, name, i, i == versionCount - 1, QString(), utc(2019, 3, 1).addDays(i * 17),
                    { language(QStringLiteral("de"), true), language(QStringLiteral("en")) }));
    }
    return p;
}

DemoProject cafeOpsWiki()
{
    const QString key = QStringLiteral("cafe-ops-wiki");
    DemoProject p;
    p.id = stableId(QStringLiteral("project:") + key);
    p.name = QStringLiteral("Café Ops Internal Wiki");
    p.description = QStringLiteral("Internal team wiki and onboarding resources");
    p.subDomainName = QStringLiteral("cafe-ops");
    p.createdAt = utc(2023, 3, 22, 14, 45);
    p.modifiedAt = utc(2025, 9, 1, 12, 0);
    p.versions = {
        version(key, QStringLiteral("Current"), 0, true, QStringLiteral("KnowledgeBase"),
                utc(2023, 3, 22, 14, 45),
                { language(QStringLiteral("en"), true), language(QStringLiteral("fr")),
                  language(QStringLiteral("zh-CN")) }),
        version(key, QStringLiteral("2023 archive"), 1, false, QStringLiteral("KnowledgeBase"),
                utc(2023, 12, 31, 18, 0), { language(QStringLiteral("en"), true) }),
    };
    return p;
}

DemoProject legacySupportPortal()
{
    const QString key = QStringLiteral("legacy-support-portal");
    DemoProject p;
    p.id = stableId(QStringLiteral("project:") + key);
    p.name = QStringLiteral("Legacy Support Portal");
    p.description = QStringLiteral("Retired customer portal, kept read-only for reference");
    p.subDomainName = QStringLiteral("legacy-support");
    p.createdAt = utc(2018, 5, 4);
    p.modifiedAt = utc(2022, 2, 28, 17, 0);
    p.status = 1;
    p.versions = {
        version(key, QStringLiteral("v1"), 0, true, QStringLiteral("KnowledgeBase"),
                utc(2018, 5, 4),
                { language(QStringLiteral("en"), true), language(QStringLiteral("fr")) }),
    };
    return p;
}

} // namespace

const DemoLanguage *DemoVersion::language(const QString &code) const
{
    for (const DemoLanguage &l : languages) {
        if (l.code.compare(code, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

const DemoLanguage *DemoVersion::defaultLanguage() const
{
    for (const DemoLanguage &l : languages) {
        if (l.isDefault)
            return &l;
    }
    return languages.isEmpty() ? nullptr : &languages.first();
}

bool DemoVersion::hasRightToLeftLanguage() const
{
    for (const DemoLanguage &l : languages) {
        if (l.rightToLeft)
            return true;
    }
    return false;
}

const DemoVersion *DemoProject::version(const QString &versionId) const
{
    for (const DemoVersion &v : versions) {
        if (v.id == versionId)
            return &v;
    }
    return nullptr;
}

const DemoVersion *DemoProject::defaultVersion() const
{
    for (const DemoVersion &v : versions) {
        if (v.isDefault)
            return &v;
    }
    return versions.isEmpty() ? nullptr : &versions.first();
}

DemoData::DemoData()
    : m_projects { acmeCloudHandbook(), nordlichtDeviceManuals(), cafeOpsWiki(),
                   legacySupportPortal() }
{ }

const DemoProject *DemoData::project(const QString &id) const
{
    for (const DemoProject &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString DemoData::articleId(const DemoProject &project, const DemoVersion &version,
                            const QString &firstSlug)
{
    return stableId(QStringLiteral("article:%1:%2:%3").arg(project.id, version.id, firstSlug));
}

QList<DemoArticle> DemoData::articles(const DemoProject &project, const DemoVersion &version,
                                      const QString &languageCode, int revision) const
{
    if (!version.language(languageCode))
        return {};
    const QList<ArticleTemplate> templates = articleTemplates(languageCode);
    QList<DemoArticle> result;
    // replace() rather than arg(): not every text names both, and arg()
    // numbers its arguments by the placeholders it finds.
    for (int i = 0; i < templates.size(); ++i) {
        DemoArticle article;
        article.slug = templates.at(i).slug;
        article.title = templates.at(i).title;
        article.body = templates.at(i).body;
        for (QString *text : { &article.title, &article.body }) {
            text->replace(QLatin1String("%1"), project.name);
            text->replace(QLatin1String("%2"), version.name);
        }
        article.id = articleId(project, version, article.slug);
        article.number = i + 1;
        article.image = imageTemplates().value(i).name;
        result.append(article);
    }
    const int imageCount = int(imageTemplates().size());
    for (int round = 2; round <= qMin(revision, maximumRevision); ++round) {
        DemoRevisions::apply(DemoRevisions::round(round, int(result.size()), imageCount), project,
                             version, languageCode, &result);
    }
    return result;
}

QList<DemoImage> DemoData::images(const DemoVersion &version, int revision) const
{
    const QList<DemoImage> templates = imageTemplates();
    QList<int> generations(templates.size(), 1);
    // The article count before each round is what articles() sees too: a
    // round removes one and adds one, whatever the language.
    const int articleCount = int(articleTemplates(QStringLiteral("en")).size());
    for (int round = 2; round <= qMin(revision, maximumRevision); ++round) {
        const int changed
            = DemoRevisions::round(round, articleCount, int(templates.size())).changedImage;
        if (changed >= 0)
            ++generations[changed];
    }
    QList<DemoImage> result = templates;
    for (int i = 0; i < result.size(); ++i)
        result[i].png
            = pngFor(QStringLiteral("%1:%2:%3")
                         .arg(version.id, result.at(i).name, QString::number(generations.at(i))));
    return result;
}

} // namespace d360::sandbox
