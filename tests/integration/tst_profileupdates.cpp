// The business-profile update path against the sandbox: only changed fields go out (the sandbox's recorded request
// bodies are read back), refused updates send nothing, every saved field is in the audit log (store migration 5),
// the photo goes through the resumable upload to a handle and comes back as a picture, and "apply to other
// channels" sends only the chosen fields that differ.
#include "ChannelTestBase.h"
#include "TestPostgres.h"
#include "api/ApiClient.h"
#include "profile/ProfileCopier.h"
#include "profile/ProfilePhotoLoader.h"
#include "profile/ProfileUpdater.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreConnection.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtTest>

using namespace wabadesk;
using profile::UpdateOutcome;

class TestProfileUpdates : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::Store> m_store;
    Channel m_channel;

    BusinessProfile currentProfile()
    {
        std::optional<api::Result<BusinessProfile>> r;
        m_client->businessProfile(this, [&](const auto& result) { r = result; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 10000) || !r->ok())
            qFatal("the sandbox did not answer GET /whatsapp_business_profile");
        return r->value();
    }

    UpdateOutcome send(const BusinessProfile& before, const BusinessProfileUpdate& update, const QString& note = {})
    {
        std::optional<UpdateOutcome> out;
        profile::sendUpdate(
            m_client.get(), m_store.get(), m_channel.id, before, update, ProfileAuditEntry::byDesk(), this,
            [&](const UpdateOutcome& o) { out = o; }, note);
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("sendUpdate did not finish");
        return *out;
    }

    // The JSON bodies of POST /whatsapp_business_profile the sandbox received.
    QList<QJsonObject> profilePosts() const
    {
        QList<QJsonObject> posts;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            if (r.method == QLatin1String("POST") && r.path == QLatin1String("/whatsapp_business_profile"))
                posts.append(QJsonDocument::fromJson(r.body).object());
        return posts;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startChannelStack(&error), qPrintable(error));
        const auto added = addSandboxChannel(QStringLiteral("Shop"), Channel::KeyStorage::SessionOnly, &m_channel);
        QVERIFY2(!added.isError(), qPrintable(added.message));
        sandbox::Sandbox* sb = m_sandbox.get();
        m_client = std::make_unique<api::ApiClient>(m_network.get(), sb->baseUrl(), [sb] { return sb->apiKey(); });
        const store::StoreLocation location = test::newStoreLocation(m_dataDir->path(), &error);
        QVERIFY2(location.isValid(), qPrintable(error));
        m_store = store::Store::open(location, &error);
        QVERIFY2(m_store, qPrintable(error));
        m_sandbox->clearRecordedRequests();
    }
    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        stopChannelStack();
    }

    void migrationFiveCreatesTheAuditTable()
    {
        QCOMPARE(m_store->schemaVersion(), store::latestSchemaVersion());
        QVERIFY(store::latestSchemaVersion() >= 5);
        QVERIFY(m_store->profileAudit(QString()).isEmpty());
    }

    void migrationsFillGaps()
    {
        // Whatever version is missing from schema_version runs on open (this tree has 1–3 and 5, no 4: branches add
        // migrations in parallel). Tried: deleting migration 5's row and table, then reopening.
        const store::StoreLocation location = m_store->location();
        m_store.reset();
        QString error;
        {
            QSqlDatabase db = store::openRawConnection(location, QStringLiteral("gap"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE profile_audit")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version = 5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gap"));
        m_store = store::Store::open(location, &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(m_store->appendProfileAudit({{0, QDateTime::currentDateTimeUtc(), m_channel.id, QStringLiteral("about"),
                                              QStringLiteral("a"), QStringLiteral("b"), ProfileAuditEntry::byDesk()}}));
        QCOMPARE(m_store->profileAudit(m_channel.id).size(), 1);
    }

    void onlyChangedFieldsAreSent()
    {
        const BusinessProfile before = currentProfile();
        BusinessProfile after = before;
        after.about = QStringLiteral("Open 9–17");
        after.websites = QStringList{before.websites.value(0), QStringLiteral("https://shop.example.com")};
        const BusinessProfileUpdate update = profile::diff(before, profile::normalized(after));
        const UpdateOutcome out = send(before, update);
        QCOMPARE(out.status, UpdateOutcome::Status::Saved);

        const QList<QJsonObject> posts = profilePosts();
        QCOMPARE(posts.size(), 1);
        QStringList keys = posts.first().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("about"), QStringLiteral("messaging_product"),
                                    QStringLiteral("websites")}));
        const BusinessProfile reread = currentProfile();
        QCOMPARE(reread.about, QStringLiteral("Open 9–17"));
        QCOMPARE(reread.address, before.address); // untouched

        // Audit: one row per field, old → new, by the window.
        const QList<ProfileAuditEntry> audit = m_store->profileAudit(m_channel.id);
        QCOMPARE(audit.size(), 2);
        QHash<QString, ProfileAuditEntry> byField;
        for (const auto& e : audit)
            byField.insert(e.field, e);
        QCOMPARE(byField.value(QStringLiteral("about")).oldValue, before.about);
        QCOMPARE(byField.value(QStringLiteral("about")).newValue, QStringLiteral("Open 9–17"));
        QCOMPARE(byField.value(QStringLiteral("websites")).newValue,
                 before.websites.value(0) + QStringLiteral("\nhttps://shop.example.com"));
        QCOMPARE(byField.value(QStringLiteral("about")).by, QStringLiteral("desk"));
        QVERIFY(out.auditWritten);
    }

    void refusedUpdateSendsNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("description 513") << QStringLiteral("description") << QString(513, QLatin1Char('d'));
        QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("support at example");
        QTest::newRow("about 140") << QStringLiteral("about") << QString(140, QLatin1Char('a'));
        QTest::newRow("unknown vertical") << QStringLiteral("vertical") << QStringLiteral("SHOPPING");
    }
    void refusedUpdateSendsNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        BusinessProfileUpdate u;
        if (field == QLatin1String("description"))
            u.description = value;
        else if (field == QLatin1String("email"))
            u.email = value;
        else if (field == QLatin1String("about"))
            u.about = value;
        else
            u.vertical = value;
        const UpdateOutcome out = send(currentProfile(), u);
        QCOMPARE(out.status, UpdateOutcome::Status::Refused);
        QCOMPARE(profile::fieldKey(out.problems.value(0).field), field);
        QVERIFY(profilePosts().isEmpty());
        QVERIFY(m_store->profileAudit(m_channel.id).isEmpty());
    }

    void unchangedSendsNothing()
    {
        const UpdateOutcome out = send(currentProfile(), {});
        QCOMPARE(out.status, UpdateOutcome::Status::Unchanged);
        QVERIFY(profilePosts().isEmpty());
    }

    void photoFlow()
    {
        // A 640×640 JPEG through the resumable upload (§2.6) → handle → profile_picture_handle → the profile's
        // picture URL serves the same bytes.
        QImage image(640, 640, QImage::Format_RGB32);
        image.fill(QColor(0x12, 0x8c, 0x7e));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG", 90));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(jpeg);
        file.flush();

        std::optional<api::Result<QString>> handle;
        m_client->resumableUpload(file.fileName(), QStringLiteral("image/jpeg"), this,
                                  [&](const auto& r) { handle = r; });
        QTRY_VERIFY_WITH_TIMEOUT(handle.has_value(), 10000);
        QVERIFY2(handle->ok(), qPrintable(handle->error().summary()));

        const BusinessProfile before = currentProfile();
        BusinessProfileUpdate u;
        u.profilePictureHandle = handle->value();
        const UpdateOutcome out = send(before, u, QStringLiteral("640×640 JPEG, 10 KB"));
        QCOMPARE(out.status, UpdateOutcome::Status::Saved);
        QCOMPARE(profilePosts().value(0).value(QStringLiteral("profile_picture_handle")).toString(), handle->value());

        const BusinessProfile after = currentProfile();
        QVERIFY(!after.profilePictureUrl.isEmpty());
        QVERIFY(after.profilePictureUrl != before.profilePictureUrl);
        profile::ProfilePhotoLoader loader(m_network.get());
        QSignalSpy loaded(&loader, &profile::ProfilePhotoLoader::loaded);
        loader.fetch(QUrl(after.profilePictureUrl));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(1).toByteArray(), jpeg);

        const QList<ProfileAuditEntry> audit = m_store->profileAudit(m_channel.id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().field, QStringLiteral("photo"));
        QCOMPARE(audit.first().newValue, QStringLiteral("640×640 JPEG, 10 KB"));
    }

    void photoLoaderRefusesPlainHttpElsewhere()
    {
        QVERIFY(!profile::ProfilePhotoLoader::isFetchable(QUrl(QStringLiteral("http://pps.example.net/a.jpg"))));
        QVERIFY(profile::ProfilePhotoLoader::isFetchable(QUrl(QStringLiteral("https://pps.whatsapp.net/a.jpg"))));
        QVERIFY(profile::ProfilePhotoLoader::isFetchable(QUrl(QStringLiteral("http://127.0.0.1:8080/a.jpg"))));
    }

    void copierSendsOnlyChosenDifferingFields()
    {
        const BusinessProfile target = currentProfile();
        BusinessProfile source = target;
        source.email = QStringLiteral("hello@other.example"); // differs, chosen
        source.address = QStringLiteral("Elsewhere 5");       // differs, not chosen
        // vertical: chosen, but the same → not sent
        profile::ProfileCopier copier(m_service.get(), m_store.get());
        QSignalSpy results(&copier, &profile::ProfileCopier::channelFinished);
        QSignalSpy finished(&copier, &profile::ProfileCopier::finished);
        QVERIFY(copier.copy(source, {profile::Field::Email, profile::Field::Vertical}, {m_channel.id}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(results.size(), 1);
        const auto result = results.first().first().value<profile::ProfileCopier::ChannelResult>();
        QCOMPARE(result.outcome.status, UpdateOutcome::Status::Saved);
        QStringList keys = profilePosts().value(0).keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("email"), QStringLiteral("messaging_product")}));
        QCOMPARE(currentProfile().address, target.address);
        QCOMPARE(m_store->profileAudit(m_channel.id).size(), 1);

        // Again: everything is the same now, so nothing is sent.
        m_sandbox->clearRecordedRequests();
        QVERIFY(copier.copy(source, {profile::Field::Email}, {m_channel.id}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(results.last().first().value<profile::ProfileCopier::ChannelResult>().outcome.status,
                 UpdateOutcome::Status::Unchanged);
        QVERIFY(profilePosts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileUpdates)
#include "tst_profileupdates.moc"
