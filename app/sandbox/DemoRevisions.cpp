// See DemoRevisions.h. The generator is std::mt19937 behind
// QRandomGenerator, whose sequence for a seed is fixed by the C++ standard,
// so the documented rounds cannot drift with a Qt or compiler upgrade.
#include "sandbox/DemoRevisions.h"

#include <QRandomGenerator>

namespace d360::sandbox {

namespace {

struct RevisionTexts
{
    QString renamedTitle; // %1 the old title
    QString changedSentence; // %1 the round
    QString addedParagraph; // %1 the round
    QString newTitle; // %1 the round
    QString newBody; // %1 the round, %2 the version
};

RevisionTexts textsFor(const QString &languageCode)
{
    const QString base = languageCode.section(QLatin1Char('-'), 0, 0).toLower();
    if (base == u"de") {
        return { QStringLiteral("%1 (überarbeitet)"),
                 QStringLiteral("Aktualisiert in Revision %1."),
                 QStringLiteral("Revision %1 fügt diesen Absatz hinzu, damit ein Vergleich neuen "
                                "Text findet."),
                 QStringLiteral("Neu in Revision %1"),
                 QStringLiteral("Revision %1 von %2 bringt diesen Artikel. Er listet, was sich "
                                "seit dem letzten Export geändert hat.") };
    }
    if (base == u"fr") {
        return { QStringLiteral("%1 (révisé)"), QStringLiteral("Mis à jour dans la révision %1."),
                 QStringLiteral("La révision %1 ajoute ce paragraphe, pour qu’une comparaison "
                                "trouve du texte nouveau."),
                 QStringLiteral("Nouveautés de la révision %1"),
                 QStringLiteral("La révision %1 de %2 apporte cet article. Il liste ce qui a "
                                "changé depuis le dernier export.") };
    }
    if (base == u"ar") {
        return { QStringLiteral("%1 (منقحة)"), QStringLiteral("حُدّثت في المراجعة %1."),
                 QStringLiteral("تضيف المراجعة %1 هذه الفقرة، ليجد المقارن نصًا جديدًا."),
                 QStringLiteral("ما الجديد في المراجعة %1"),
                 QStringLiteral("تأتي المراجعة %1 من %2 بهذه المقالة. وهي تسرد ما تغير منذ "
                                "التصدير السابق.") };
    }
    if (base == u"ja") {
        return { QStringLiteral("%1（改訂版）"), QStringLiteral("リビジョン %1 で更新されました。"),
                 QStringLiteral("リビジョン %1 でこの段落が追加されました。比較で新しいテキストが"
                                "見つかります。"),
                 QStringLiteral("リビジョン %1 の新着情報"),
                 QStringLiteral("%2 のリビジョン %1 でこの記事が追加されました。前回のエクスポート"
                                "からの変更点を示します。") };
    }
    if (base == u"zh") {
        return { QStringLiteral("%1（修订版）"), QStringLiteral("已在修订 %1 中更新。"),
                 QStringLiteral("修订 %1 添加了此段落，便于比较时发现新文本。"),
                 QStringLiteral("修订 %1 的新内容"),
                 QStringLiteral("%2 的修订 %1 新增了本文，列出自上次导出以来的变更。") };
    }
    return { QStringLiteral("%1 (revised)"), QStringLiteral("Updated in revision %1."),
             QStringLiteral("Revision %1 adds this paragraph, so that a comparison has new text "
                            "to find."),
             QStringLiteral("What’s new in revision %1"),
             QStringLiteral("Revision %1 of %2 brings this article. It lists what changed since "
                            "the previous export.") };
}

// CJK text runs on without a space between sentences.
QString joined(const QString &paragraph, const QString &sentence, const QString &languageCode)
{
    const bool cjk = languageCode.startsWith(u"ja") || languageCode.startsWith(u"zh");
    return cjk ? paragraph + sentence : paragraph + QLatin1Char(' ') + sentence;
}

void edit(DemoArticle &article, const RevisionTexts &texts, int round, const QString &languageCode)
{
    QStringList paragraphs = article.body.split(QStringLiteral("\n\n"));
    paragraphs[0] = joined(paragraphs.at(0), texts.changedSentence.arg(round), languageCode);
    paragraphs.append(texts.addedParagraph.arg(round));
    article.body = paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

RevisionRound DemoRevisions::round(int round, int articleCount, int imageCount)
{
    QRandomGenerator generator { quint32(round) };
    QList<int> positions;
    for (int i = 0; i < articleCount; ++i)
        positions.append(i);
    const auto take = [&] {
        return positions.isEmpty() ? -1
                                   : positions.takeAt(int(generator.bounded(positions.size())));
    };
    RevisionRound result;
    result.round = round;
    result.deleted = take();
    result.renamed = take();
    result.edited = take();
    result.changedImage = imageCount > 0 ? int(generator.bounded(imageCount)) : -1;
    return result;
}

void DemoRevisions::apply(const RevisionRound &round, const DemoProject &project,
                          const DemoVersion &version, const QString &languageCode,
                          QList<DemoArticle> *articles)
{
    const RevisionTexts texts = textsFor(languageCode);
    int highestNumber = 0;
    for (const DemoArticle &article : std::as_const(*articles))
        highestNumber = qMax(highestNumber, article.number);

    if (round.renamed >= 0) {
        DemoArticle &renamed = (*articles)[round.renamed];
        renamed.title = texts.renamedTitle.arg(renamed.title);
        renamed.slug = QStringLiteral("%1-r%2").arg(renamed.slug).arg(round.round);
        edit(renamed, texts, round.round, languageCode);
    }
    if (round.edited >= 0)
        edit((*articles)[round.edited], texts, round.round, languageCode);
    if (round.deleted >= 0)
        articles->removeAt(round.deleted);

    DemoArticle added;
    added.slug = QStringLiteral("whats-new-in-revision-%1").arg(round.round);
    added.id = DemoData::articleId(project, version, added.slug);
    added.number = highestNumber + 1;
    added.title = texts.newTitle.arg(round.round);
    added.body = texts.newBody.arg(QString::number(round.round), version.name);
    articles->append(added);
}

} // namespace d360::sandbox
