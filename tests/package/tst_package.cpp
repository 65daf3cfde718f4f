// The Debian package, as a user gets it: built by CPack from this build, clean under
// lintian, its AppStream metainfo and desktop entry valid and named as vigil-desktop
// names itself, its completions answering, and — in a fresh Debian 12 root made here with
// debootstrap — installed with apt (which brings every dependency the package declares),
// `vigil run` carrying an example to its end against the packaged vigil-sim, and the
// desktop app starting with every QML module it needs.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString output;
};

Result run(const QString &program, const QStringList &arguments, int timeoutMs = 600'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish: %2")
                        .arg(program, QString::fromUtf8(process.readAll()))};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QString cacheFolder(const QString &name)
{
    QString path = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                   QStringLiteral("/vigil-tests/") + name;
    QDir().mkpath(path);
    return path;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_files; // the package's files, unpacked

    QString file(const QString &path) const { return m_files + path; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result cpack =
            run(QStringLiteral("cpack"),
                {QStringLiteral("--config"), QStringLiteral(VIGIL_BUILD_DIR "/CPackConfig.cmake"),
                 QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                 m_dir.filePath(QStringLiteral("out"))});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(m_dir.filePath(QStringLiteral("out")))
                                     .entryList({QStringLiteral("vigil_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(QStringLiteral("out/") + debs.first());
        m_files = m_dir.filePath(QStringLiteral("files"));
        const Result unpack =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_files});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.output));
    }

    void lintianFindsNoErrorsOrWarnings()
    {
        const Result lintian =
            run(QStringLiteral("lintian"),
                {QStringLiteral("--tag-display-limit"), QStringLiteral("0"),
                 QStringLiteral("--fail-on"), QStringLiteral("error,warning"), m_deb});
        QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.output));
    }

    void dependenciesComeFromWhatIsLinked()
    {
        const Result fields = run(QStringLiteral("dpkg-deb"),
                                  {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(fields.exitCode, 0);
        // dpkg-shlibdeps' versioned libraries, beside the QML modules named by hand.
        for (const char *needed :
             {"libqt6core6 (>=", "libqt6quick6 (>=", "libqt6keychain1 (>=", "libqt6sql6 (>=",
              "libc6 (>=", "libqt6sql6-sqlite", "qml6-module-qtquick-controls"})
            QVERIFY2(fields.output.contains(QLatin1String(needed)),
                     qPrintable(QStringLiteral("%1 missing from %2")
                                    .arg(QLatin1String(needed), fields.output)));
    }

    void theDesktopEntryAndMetainfoAreValidAndNamedAsTheApp()
    {
        // The id vigil-desktop gives itself (QGuiApplication::desktopFileName) names both.
        QFile source(QStringLiteral(VIGIL_SOURCE_DIR "/src/app/main.cpp"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch id =
            QRegularExpression(
                QStringLiteral("setDesktopFileName\\(QStringLiteral\\(\"([^\"]+)\"\\)\\)"))
                .match(QString::fromUtf8(source.readAll()));
        QVERIFY(id.hasMatch());
        const QString appId = id.captured(1);

        const QString desktop =
            file(QStringLiteral("/usr/share/applications/%1.desktop").arg(appId));
        QVERIFY2(QFile::exists(desktop), qPrintable(desktop));
        const Result entry = run(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(entry.exitCode == 0 && entry.output.trimmed().isEmpty(), qPrintable(entry.output));

        const QString metainfo =
            file(QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(appId));
        const Result appstream =
            run(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.output));

        // The icon the entry names, as SVG and in the theme's PNG sizes.
        QVERIFY(QFile::exists(
            file(QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId))));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png = file(
                QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
            QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QCOMPARE(image.size(), QSize(size, size));
        }
    }

    void theManualPagesRenderWithoutComplaint()
    {
        for (const char *page : {"vigil", "vigil-desktop", "vigil-sim"}) {
            const QString path =
                file(QStringLiteral("/usr/share/man/man1/%1.1.gz").arg(QLatin1String(page)));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const Result man = run(
                QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings "
                                                      "-E UTF-8 -l '%1' 2>&1 >/dev/null")
                                           .arg(path)});
            QVERIFY2(man.exitCode == 0 && man.output.trimmed().isEmpty(), qPrintable(man.output));
        }
    }

    void bashCompletesCommandsProfilesAndFiles()
    {
        const auto complete = [&](const QString &command, const QString &line) {
            const QStringList words = line.split(u' ');
            QString wordList;
            for (const QString &word : words)
                wordList += QLatin1Char('"') + word + QStringLiteral("\" ");
            const QString script =
                QStringLiteral(
                    "source /usr/share/bash-completion/bash_completion\n"
                    "source '%1'\n"
                    "COMP_WORDS=(%2); COMP_CWORD=%3; COMP_LINE='%4'; COMP_POINT=${#COMP_LINE}\n"
                    "%5\n"
                    "printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(file(QStringLiteral("/usr/share/bash-completion/completions/vigil")),
                         wordList)
                    .arg(words.size() - 1)
                    .arg(line, command);
            const Result bash = run(QStringLiteral("bash"), {QStringLiteral("-c"), script});
            return bash.output.split(u'\n', Qt::SkipEmptyParts);
        };
        QCOMPARE(complete(QStringLiteral("_vigil"), QStringLiteral("vigil re")),
                 (QStringList{QStringLiteral("resume"), QStringLiteral("retry-now"),
                              QStringLiteral("remove-key")}));
        QCOMPARE(complete(QStringLiteral("_vigil"), QStringLiteral("vigil run --e")),
                 QStringList{QStringLiteral("--events")});
        QVERIFY(complete(QStringLiteral("_vigil_sim"), QStringLiteral("vigil-sim --profile st"))
                    .contains(QStringLiteral("stormy-night")));
        QVERIFY(QFile::exists(
            file(QStringLiteral("/usr/share/bash-completion/completions/vigil-sim"))));
        QVERIFY(QFile::exists(file(QStringLiteral("/usr/share/zsh/vendor-completions/_vigil"))));
    }

    void installsIntoACleanDebianAndRuns()
    {
        // A minimal Debian 12, made here; downloads are cached between runs.
        const QString root = m_dir.filePath(QStringLiteral("root"));
        const Result bootstrap =
            run(QStringLiteral("debootstrap"),
                {QStringLiteral("--variant=minbase"),
                 QStringLiteral("--cache-dir=") + cacheFolder(QStringLiteral("debootstrap")),
                 QStringLiteral("bookworm"), root, QStringLiteral("http://deb.debian.org/debian")},
                1'200'000);
        QVERIFY2(bootstrap.exitCode == 0, qPrintable(bootstrap.output.right(3000)));
        QVERIFY(QFile::copy(m_deb, root + QStringLiteral("/tmp/vigil.deb")));
        QFile::remove(root + QStringLiteral("/etc/resolv.conf"));
        QVERIFY(QFile::copy(QStringLiteral("/etc/resolv.conf"),
                            root + QStringLiteral("/etc/resolv.conf")));

        // vigil-sim on a free port, an example pointed at it, run to its end; then the
        // desktop app must start (offscreen) with nothing missing.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(QFile::copy(QStringLiteral(VIGIL_SOURCE_DIR "/tests/package/install-and-run.sh"),
                            root + QStringLiteral("/tmp/install-and-run.sh")));
        // A mount namespace of its own: /proc for the root, the apt cache bound in, all gone
        // when it ends.
        const QString archives = cacheFolder(QStringLiteral("apt-archives"));
        QDir().mkpath(archives + QStringLiteral("/partial"));
        const Result inside =
            run(QStringLiteral("unshare"),
                {QStringLiteral("--mount"), QStringLiteral("--pid"), QStringLiteral("--fork"),
                 QStringLiteral("--mount-proc=") + root + QStringLiteral("/proc"),
                 QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount --bind '%1' '%2/var/cache/apt/archives' && exec chroot '%2' "
                                "sh /tmp/install-and-run.sh %3")
                     .arg(archives, root)
                     .arg(port)},
                1'200'000);
        QVERIFY2(inside.exitCode == 0, qPrintable(inside.output.right(4000)));
        QVERIFY2(inside.output.contains(QLatin1String("vigil 0.1.0")), qPrintable(inside.output));
        QVERIFY2(inside.output.contains(QLatin1String("run: exit 0")), qPrintable(inside.output));
        QVERIFY2(inside.output.contains(QLatin1String("desktop help: ok")),
                 qPrintable(inside.output));
        QVERIFY2(inside.output.contains(QLatin1String("steps done: 12")),
                 qPrintable(inside.output));
        // Still running when stopped after 8 s (timeout's 124), with no module missing.
        QVERIFY2(inside.output.contains(QLatin1String("desktop: status 124")),
                 qPrintable(inside.output));
        QVERIFY2(!inside.output.contains(QLatin1String("is not installed")),
                 qPrintable(inside.output));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
