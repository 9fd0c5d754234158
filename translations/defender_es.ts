<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ActEditor</name>
    <message>
        <location filename="../defender_app/views/act_editor.py" line="+50"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The act</source>
        <translation>El acto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Victim *:</source>
        <translation>&amp;Víctima *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about the act</source>
        <translation>Más sobre el acto</translation>
    </message>
</context>
<context>
    <name>AddActDialog</name>
    <message>
        <location filename="../defender_app/views/act_dialog.py" line="+29"/>
        <source>Add act</source>
        <translation>Agregar acto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An act is one thing done to one victim, such as a detention or a threat. If several people suffered it, add one act for each.</source>
        <translation>Un acto es una sola cosa que se le hizo a una víctima, como una detención o una amenaza. Si la sufrieron varias personas, agrega un acto para cada una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Victim *:</source>
        <translation>&amp;Víctima *:</translation>
    </message>
</context>
<context>
    <name>AddInvolvementDialog</name>
    <message>
        <location filename="../defender_app/views/act_involvement_dialog.py" line="+33"/>
        <source>Add a perpetrator</source>
        <translation>Agregar un perpetrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perpetrator</source>
        <translation>Perpetrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new: a person, group or unit…</source>
        <translation>Alguien nuevo: una persona, un grupo o una corporación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new perpetrator</source>
        <translation>Nombre del nuevo perpetrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Policía Municipal de …</source>
        <translation>p. ej. Policía Municipal de …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>Persona o grupo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;or group:</source>
        <translation>Persona &amp;o grupo:</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../defender_app/views/person_dialog.py" line="+28"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name, or “Policía Municipal de …” for a unit</source>
        <translation>Nombre completo, o «Policía Municipal de …» si es una corporación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code or pseudonym</source>
        <translation>Código o seudónimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. V1, if the name must not be written</source>
        <translation>p. ej. V1, si el nombre no debe escribirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>Persona o grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in this case</source>
        <translation>Papel en este caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name or a pseudonym is enough. A perpetrator without a name can be recorded as a group or unit.</source>
        <translation>Basta con un nombre o un seudónimo. Un perpetrador sin nombre puede registrarse como grupo o corporación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Seudónimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;or group:</source>
        <translation>Persona &amp;o grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
</context>
<context>
    <name>AddTestimonyDialog</name>
    <message>
        <location filename="../defender_app/views/testimony_dialog.py" line="+29"/>
        <source>Add testimony</source>
        <translation>Agregar testimonio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the interview, explain who you are and ask for consent to each use. Both are recorded beside the testimony.</source>
        <translation>Antes de la entrevista, explica quién eres y pide el consentimiento para cada uso. Las dos cosas se registran junto al testimonio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person giving the testimony</source>
        <translation>Persona que da el testimonio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new…</source>
        <translation>Alguien nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or pseudonym of the new person</source>
        <translation>Nombre o seudónimo de la nueva persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the interview</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>ArrestEditor</name>
    <message>
        <location filename="../defender_app/views/act_arrest.py" line="+55"/>
        <source>Arrest details</source>
        <translation>Datos de la detención</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add arrest &amp;details</source>
        <translation>Agregar &amp;datos de la detención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add arrest details</source>
        <translation>Agregar datos de la detención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corporation, unit, uniforms, vehicle, plates or número económico</source>
        <translation>Corporación, unidad, uniformes, vehículo, placas o número económico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove arrest details…</source>
        <translation>Quitar datos de la detención…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove arrest details</source>
        <translation>Quitar datos de la detención</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What an amparo for a detained or disappeared person needs: who took them, when and where, where they may be held, and every search made.</source>
        <translation>Lo que necesita un amparo por una persona detenida o desaparecida: quién se la llevó, cuándo y dónde, dónde puede estar retenida y cada búsqueda que se ha hecho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these details if the victim was detained or taken away by force.</source>
        <translation>Agrega estos datos si la víctima fue detenida o se la llevaron por la fuerza.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove the arrest details?</source>
        <translation>¿Quitar los datos de la detención?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything recorded about this detention will be removed from the act.</source>
        <translation>Todo lo registrado sobre esta detención se quitará del acto.</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <location filename="../defender_app/errors.py" line="+39"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defender hit an unexpected problem. What you saved before is safe. If it happens again, copy the details below and send them to your organisation&apos;s technical contact. They contain no case content.</source>
        <translation>Defender tuvo un problema inesperado. Lo que guardaste antes está a salvo. Si vuelve a pasar, copia los detalles de abajo y envíalos a la persona de apoyo técnico de tu organización. No contienen nada de los casos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../defender_app/views/case_editor.py" line="+48"/>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finalize…</source>
        <translation>Marcar como de&amp;finitivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this version final and unchangeable (Ctrl+Shift+F)</source>
        <translation>Hacer definitiva esta versión para que ya no pueda cambiarse (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;correction</source>
        <translation>Iniciar una &amp;corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new version of this final case for changes</source>
        <translation>Abrir una nueva versión de este caso definitivo para hacer cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People &amp;&amp; acts</source>
        <translation>&amp;Personas y actos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Testimonios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a case on the left, or click “New case” (Ctrl+N) to record one.</source>
        <translation>Elige un caso a la izquierda, o haz clic en «Nuevo caso» (Ctrl+N) para registrar uno.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(untitled case)</source>
        <translation>(caso sin título)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final, version %1</source>
        <translation>Definitivo, versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft, version %1 — saved automatically</source>
        <translation>Borrador, versión %1 — se guarda automáticamente</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finalize this case?</source>
        <translation>¿Marcar este caso como definitivo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case becomes final: nobody can change this version any more, which is what gives it value as evidence. Later corrections are saved as a new version.</source>
        <translation>El caso queda como definitivo: ya nadie podrá cambiar esta versión, y eso es lo que le da valor como prueba. Las correcciones posteriores se guardan como una nueva versión.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../defender_app/models/case_list_model.py" line="+23"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>final (v%1)</source>
        <translation>definitivo (v%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>local only</source>
        <translation>solo local</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../defender_app/views/case_list.py" line="+35"/>
        <source>Search cases, testimonies, people (Ctrl+F)</source>
        <translation>Buscar casos, testimonios, personas (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Definitivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from YYYY-MM</source>
        <translation>desde AAAA-MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to YYYY-MM</source>
        <translation>hasta AAAA-MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case list columns</source>
        <translation>Columnas de la lista de casos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cases</source>
        <translation>No hay casos</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No case matches. Try other words or clear the filters.</source>
        <translation>Ningún caso coincide. Prueba con otras palabras o quita los filtros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases yet.
Click “New case” (Ctrl+N) to record what happened.</source>
        <translation>Todavía no hay casos.
Haz clic en «Nuevo caso» (Ctrl+N) para registrar lo que pasó.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../forms/fields.py" line="+823"/>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day unknown</source>
        <translation>día desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month and day unknown</source>
        <translation>mes y día desconocidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collective</source>
        <translation>colectiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against an organisation or group</source>
        <translation>contra una organización o grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group or unit</source>
        <translation>grupo o corporación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video call</source>
        <translation>videollamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral consent, recorded</source>
        <translation>consentimiento oral, grabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../defender_app/cli.py" line="+66"/>
        <source>the vault&apos;s folder (default: $DEFENDER_HOME or the user data folder)</source>
        <translation>la carpeta de la bóveda (por omisión: $DEFENDER_HOME o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the passphrase from FILE (one trailing newline is ignored)</source>
        <translation>leer la frase secreta de FILE (se ignora un salto de línea al final)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the passphrase as one line from file descriptor N</source>
        <translation>leer la frase secreta como una línea del descriptor de archivo N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the traceback of an internal error (it may quote records)</source>
        <translation>mostrar el rastreo de un error interno (puede citar registros)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>create, check, recover or erase the vault</source>
        <translation>crear, revisar, recuperar o borrar la bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new vault</source>
        <translation>crear una bóveda nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify the database, every file and every custody chain</source>
        <translation>verificar la base de datos, cada archivo y cada cadena de custodia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set a new passphrase</source>
        <translation>poner una frase secreta nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open with the recovery code and set a new passphrase</source>
        <translation>abrir con el código de recuperación y poner una frase secreta nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destroy the vault (panic erase)</source>
        <translation>destruir la bóveda (borrado de emergencia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not ask for confirmation</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, list, show or finalize cases</source>
        <translation>agregar, listar, mostrar o marcar como definitivos los casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a case; prints its id</source>
        <translation>agregar un caso; muestra su id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the community (comunidad, paraje, ejido)</source>
        <translation>la comunidad (comunidad, paraje, ejido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list cases, newest first</source>
        <translation>listar los casos, los más recientes primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a case and all that is linked to it</source>
        <translation>mostrar un caso y todo lo vinculado a él</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>freeze a case as a final version</source>
        <translation>fijar un caso como versión definitiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record testimonies</source>
        <translation>registrar testimonios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a testimony; prints its id</source>
        <translation>agregar un testimonio; muestra su id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uses agreed to: {uses}</source>
        <translation>usos aceptados: {uses}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how the person agreed to be named (default: pseudonym)</source>
        <translation>cómo aceptó la persona que se le nombre (por omisión: seudónimo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import or export evidence files</source>
        <translation>importar o exportar archivos de evidencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypt files into a case; prints id and SHA-256 of each</source>
        <translation>cifrar archivos dentro de un caso; muestra el id y el SHA-256 de cada uno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the original file, NOT encrypted</source>
        <translation>escribir el archivo original, SIN cifrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find cases by their words</source>
        <translation>buscar casos por sus palabras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export cases (HURIDOCS ESF), NOT encrypted</source>
        <translation>exportar casos (HURIDOCS ESF), SIN cifrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this case (repeatable)</source>
        <translation>solo este caso (se puede repetir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import an internal JSON export</source>
        <translation>importar una exportación interna en JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Defender&apos;s encrypted vault, from a terminal.</source>
        <translation>La bóveda cifrada de Defender, desde una terminal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{message} (see “defender --help”)</source>
        <translation>{message} (consulta «defender --help»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted; the step under way was not saved.</source>
        <translation>interrumpido; el paso en curso no se guardó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an internal error happened ({kind}); nothing further was changed. Run the command again with --debug to see the details, and report them to your technical contact.</source>
        <translation>ocurrió un error interno ({kind}); no se cambió nada más. Vuelve a ejecutar el comando con --debug para ver los detalles y envíalos a tu contacto de apoyo técnico.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_documents.py" line="+26"/>
        <source>wrote {path} ({size} bytes, SHA-256 {sha256})</source>
        <translation>se escribió {path} ({size} bytes, SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: {path} is not encrypted; anyone with access to this disk can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>aviso: {path} no está cifrado; cualquiera con acceso a este disco puede leerlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: {count} legal references in this document are not yet checked against the official text; have a lawyer review them before filing.</source>
        <translation>nota: {count} referencias legales de este documento aún no se han cotejado con el texto oficial; pide a una abogada o abogado que las revise antes de presentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no case with the id or folio {case}.</source>
        <translation>No hay ningún caso con el id o folio {case}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is a folder; give a file name. Nothing was written.</source>
        <translation>«{path}» es una carpeta; indica un nombre de archivo. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write “{path}”: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir «{path}»: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>legal documents drafted from a case</source>
        <translation>documentos legales redactados a partir de un caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render a case&apos;s document into a PDF file (not encrypted)</source>
        <translation>generar un documento de un caso como archivo PDF (sin cifrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a legal document of a case into a PDF file. The file is NOT encrypted. The case&apos;s latest draft of that type and language is used; without one, a new draft is filled in from the case.</source>
        <translation>Genera un documento legal de un caso como archivo PDF. El archivo NO está cifrado. Se usa el borrador más reciente del caso de ese tipo e idioma; si no hay ninguno, se llena un borrador nuevo con los datos del caso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case&apos;s id or folio</source>
        <translation>el id o folio del caso</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_io.py" line="+78"/>
        <source>defender: {message}</source>
        <translation>defender: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{source} is not UTF-8 text. Nothing was changed.</source>
        <translation>{source} no es texto UTF-8. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read “{path}”: {reason}. Nothing was changed.</source>
        <translation>No se pudo leer «{path}»: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{path}” already exists. Choose another name or delete it first; nothing was written.</source>
        <translation>«{path}» ya existe. Elige otro nombre o bórralo primero; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write “{path}”: {reason}. Nothing was exported.</source>
        <translation>No se pudo escribir «{path}»: {reason}. No se exportó nada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read from file descriptor {fd}: {reason}.</source>
        <translation>No se pudo leer del descriptor de archivo {fd}: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file descriptor {fd}</source>
        <translation>el descriptor de archivo {fd}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was typed (end of input). Nothing was changed.</source>
        <translation>No se escribió nada (fin de la entrada). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the passphrase by file or by descriptor, not both.</source>
        <translation>Da la frase secreta por archivo o por descriptor, no de las dos formas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Escríbela de nuevo: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Las dos frases secretas son distintas. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase: </source>
        <translation>Frase secreta: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Frase secreta nueva: </translation>
    </message>
    <message>
        <location filename="../defender_app/cli_records.py" line="+34"/>
        <source>“{path}” is NOT encrypted: anyone who can read this disk can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>«{path}» NO está cifrado: cualquiera que pueda leer este disco puede leerlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acts:</source>
        <translation>Actos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testimonies:</source>
        <translation>Testimonios:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id}  {interviewee}  consent: {uses}</source>
        <translation>{id}  {interviewee}  consentimiento: {uses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>Evidencias:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case {folio} is final (version {version}).</source>
        <translation>El caso {folio} es definitivo (versión {version}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown consent use “{use}”. Valid uses: {uses}.</source>
        <translation>Uso de consentimiento desconocido: «{use}». Usos válidos: {uses}.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_desk.py" line="+45"/>
        <source>the organisation&apos;s registry desk</source>
        <translation>el escritorio del registro central de la organización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>take the organisation&apos;s offline keys</source>
        <translation>incorporar las claves sin conexión de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder &apos;defender-registry init&apos; wrote</source>
        <translation>la carpeta que escribió &apos;defender-registry init&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relay&apos;s address</source>
        <translation>la dirección del servidor de relevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the relay&apos;s TLS key (64 hex)</source>
        <translation>SHA-256 de la clave TLS del servidor de relevo (64 hex)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetch and import new records from the relay</source>
        <translation>traer e importar los registros nuevos del servidor de relevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the enrolled field devices</source>
        <translation>listar los equipos de campo vinculados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirm a field device&apos;s key after comparing its fingerprint</source>
        <translation>confirmar la clave de un equipo de campo después de comparar su huella digital</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fingerprint the defender read to you (64 hex digits; spaces allowed)</source>
        <translation>la huella digital que te leyó la persona defensora (64 dígitos hexadecimales; se aceptan espacios)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoke a field device at the relay</source>
        <translation>revocar un equipo de campo en el servidor de relevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a one-time code for a new device</source>
        <translation>un código de un solo uso para un equipo nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the code as a QR PNG here</source>
        <translation>escribir también el código como imagen QR (PNG) aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the central registry</source>
        <translation>listar el registro central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts of attacks</source>
        <translation>conteos de agresiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report as CSV to this file</source>
        <translation>escribir el informe como CSV en este archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESF export, NOT encrypted</source>
        <translation>exportación ESF, SIN cifrar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This vault is now the registry desk for {relay} ({count} registry key(s)). Store the key folder offline again.</source>
        <translation>Esta bóveda ya es el escritorio del registro central de {relay} ({count} clave(s) del registro). Vuelve a guardar la carpeta de claves sin conexión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>envelope {done} of {total}</source>
        <translation>sobre {done} de {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {new} new envelope(s); {dupes} were already here; {kb} KiB downloaded.</source>
        <translation>Se importaron {new} sobre(s) nuevo(s); {dupes} ya estaban aquí; se descargaron {kb} KiB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device {device}: envelopes missing {missing}; broken links at {broken}.</source>
        <translation>Equipo {device}: faltan los sobres {missing}; la cadena no enlaza en {broken}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No device {id} is enrolled; &apos;defender desk devices&apos; lists them.</source>
        <translation>No hay ningún equipo {id} vinculado; &apos;defender desk devices&apos; muestra la lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device {label} ({id}), key fingerprint: {fingerprint}</source>
        <translation>Equipo {label} ({id}), huella digital de la clave: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is already confirmed.</source>
        <translation>Este equipo ya está confirmado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not confirmed. Call the defender, ask them to read the key fingerprint their app shows (sync status, or &apos;defender sync --status&apos;), then run this again with --fingerprint and what they read.</source>
        <translation>No se confirmó. Llama a la persona defensora, pídele que te lea la huella digital de la clave que muestra su aplicación (estado de la sincronización, o &apos;defender sync --status&apos;) y vuelve a ejecutar esto con --fingerprint y lo que te leyó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The fingerprint does not match this device&apos;s key. Nothing was confirmed; its records stay out of the registry. Tell your technical contact.</source>
        <translation>La huella digital no coincide con la clave de este equipo. No se confirmó nada; sus registros se quedan fuera del registro central. Avísale a tu contacto de apoyo técnico.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device {id} is confirmed; its records are imported at the next pull.</source>
        <translation>El equipo {id} quedó confirmado; sus registros se importan en la próxima descarga.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Device {id} is revoked.</source>
        <translation>El equipo {id} quedó revocado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QR code written to {path}</source>
        <translation>Código QR escrito en {path}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../defender_app/cli_records.py" line="+78"/>
        <source>this export is NOT encrypted; handle it with care.</source>
        <translation>esta exportación NO está cifrada; manéjala con cuidado.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_records.py" line="+10"/>
        <source>Imported {cases} case(s), {persons} person(s), {acts} act(s), {testimonies} testimony(ies) and {evidence} evidence record(s) (without their files).</source>
        <translation>Se importaron {cases} caso(s), {persons} persona(s), {acts} acto(s), {testimonies} testimonio(s) y {evidence} registro(s) de evidencia (sin sus archivos).</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_vault.py" line="+29"/>
        <source>Write this recovery code on paper now and keep it away from this computer. It is shown only this once. If both the passphrase and the recovery code are lost, the data in this vault is lost: nobody can recover it.</source>
        <translation>Escribe ahora este código de recuperación en papel y guárdalo lejos de esta computadora. Solo se muestra esta vez. Si se pierden la frase secreta y el código de recuperación, los datos de esta bóveda se pierden: nadie podrá recuperarlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased. The key file was overwritten and deleted, and the database and media files were removed: what is left of them on the disk cannot be decrypted, even with the passphrase or the recovery code. Limits: copies of vault.key made elsewhere (backups) are not affected, and flash drives and SSDs may keep old sectors of any file; full-disk encryption is what protects those.</source>
        <translation>Borrada. El archivo de llave se sobrescribió y se eliminó, y se quitaron la base de datos y los archivos multimedia: lo que quede de ellos en el disco no se puede descifrar, ni con la frase secreta ni con el código de recuperación. Límites: esto no afecta a las copias de vault.key hechas en otro lugar (respaldos), y las memorias USB y los discos SSD pueden conservar sectores viejos de cualquier archivo; lo que protege eso es el cifrado de disco completo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault created in {home}.</source>
        <translation>Bóveda creada en {home}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code:</source>
        <translation>Código de recuperación:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok</source>
        <translation>todo en orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault check found {count} problem(s).</source>
        <translation>la revisión de la bóveda encontró {count} problema(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase was changed. The recovery code stays the same.</source>
        <translation>Se cambió la frase secreta. El código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault opens with the new passphrase now.</source>
        <translation>Ahora la bóveda se abre con la frase secreta nueva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This destroys the vault in {home} for good. Type {word} to go ahead: </source>
        <translation>Esto destruye para siempre la bóveda de {home}. Escribe {word} para continuar: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not erased: the confirmation did not match. Nothing was changed.</source>
        <translation>No se borró: la confirmación no coincide. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_bundle.py" line="+36"/>
        <source>carry records to the registry on a USB stick</source>
        <translation>llevar registros al registro central en una memoria USB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write every undelivered record into one encrypted file in DIR</source>
        <translation>escribir todos los registros no entregados en un solo archivo cifrado en DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder to write to (the USB stick)</source>
        <translation>la carpeta donde escribir (la memoria USB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send a courier bundle, from any device, to the registry (needs a connection)</source>
        <translation>enviar al registro central un paquete para mensajero, de cualquier equipo (necesita conexión)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle file</source>
        <translation>el archivo del paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../defender_app/cli_sync.py" line="+55"/>
        <source>give up after this many failures in a row without progress (default 8)</source>
        <translation>rendirse tras este número de fallos seguidos sin avanzar (por omisión 8)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the bundle ({detail}); nothing was written.</source>
        <translation>No se pudo escribir el paquete ({detail}); no se escribió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle written: {name}</source>
        <translation>Paquete escrito: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} record(s) are in it. It is saved to the disk: you can unplug the USB stick now. The records also stay queued here until the registry confirms them.</source>
        <translation>Contiene {count} registro(s). Ya está guardado en el disco: puedes desconectar la memoria USB. Los registros también siguen en cola aquí hasta que el registro central los confirme.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{envelope}: refused ({reason})</source>
        <translation>{envelope}: rechazado ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{envelope}: stored, receipt issued</source>
        <translation>{envelope}: guardado, con acuse de recibo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{envelope}: stored, waiting for its files</source>
        <translation>{envelope}: guardado, esperando sus archivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle taken in by the registry: {committed} of {count} record(s) stored with a receipt. The device that made it collects the receipts at its next sync.</source>
        <translation>El registro central recibió el paquete: {committed} de {count} registro(s) guardados con acuse de recibo. El equipo que lo hizo recibirá los acuses en su próxima sincronización.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry refused {count} record(s) of this bundle; show this to your organisation&apos;s technical contact.</source>
        <translation>El registro central rechazó {count} registro(s) de este paquete; muéstrale esto a tu contacto de apoyo técnico.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bundle opened at the desk: {new} new record version(s), {dupes} already here.</source>
        <translation>Paquete abierto en el escritorio: {new} versión(es) nueva(s) de registros, {dupes} ya estaban aquí.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_sync.py" line="-20"/>
        <source>enroll this device with the organisation&apos;s registry</source>
        <translation>vincular este equipo con el registro central de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-time code (DFND1-…)</source>
        <translation>el código de un solo uso (DFND1-…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name for this device that the registry sees</source>
        <translation>un nombre para este equipo, que verá el registro central</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send finalized records to the registry; 0 only when all are delivered</source>
        <translation>enviar los registros definitivos al registro central; 0 solo cuando todos se entregaron</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only show this device&apos;s id, key fingerprint and queue; send nothing</source>
        <translation>solo mostrar el id de este equipo, la huella digital de su clave y lo que está en cola; no envía nada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrolled. Device id: {id}</source>
        <translation>Vinculado. Id del equipo: {id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} finalized record(s) are queued; run &apos;defender sync&apos;.</source>
        <translation>Hay {count} registro(s) definitivo(s) en cola; ejecuta &apos;defender sync&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint: {fingerprint} (if your organisation calls to confirm this device, read it to them)</source>
        <translation>Huella digital de la clave: {fingerprint} (si tu organización te llama para confirmar este equipo, léesela)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device is not enrolled yet; run &apos;defender enroll CODE&apos; first.</source>
        <translation>Este equipo todavía no está vinculado; primero ejecuta &apos;defender enroll CÓDIGO&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device id: {id}</source>
        <translation>Id del equipo: {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{delivered} delivered with a verified receipt; {waiting} waiting.</source>
        <translation>{delivered} entregado(s) con acuse de recibo verificado; {waiting} en espera.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done}/{total} delivered, sending {stage}</source>
        <translation>{done}/{total} entregados, enviando {stage}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delivered {records} record(s) with verified receipts; {files} file(s), {bytes} bytes uploaded.</source>
        <translation>Se entregaron {records} registro(s) con acuse de recibo verificado; se subieron {files} archivo(s), {bytes} bytes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} record(s) are not delivered yet ({refused} refused by the registry). They stay queued.</source>
        <translation>{count} registro(s) aún no se entregan ({refused} rechazados por el registro central). Siguen en cola.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox empty: every record has a verified receipt.</source>
        <translation>Bandeja de salida vacía: cada registro tiene su acuse de recibo verificado.</translation>
    </message>
</context>
<context>
    <name>ConfirmDeviceDialog</name>
    <message>
        <location filename="../defender_app/views/desk/confirm_device_dialog.py" line="+22"/>
        <source>Confirm this device</source>
        <translation>Confirmar este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the defender who uses “%1” (%2) on a number you already know. Ask them to open the sync status in their app and read you the key fingerprint shown there. Confirm only if every group matches the fingerprint below: from then on the registry accepts the records this computer sends.</source>
        <translation>Llama a la persona defensora que usa «%1» (%2) a un número que ya conozcas. Pídele que abra el estado de la sincronización en su aplicación y que te lea la huella digital de la clave que aparece ahí. Confirma solo si cada grupo coincide con la huella digital de abajo: a partir de entonces, el registro central acepta los registros que envíe esta computadora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key fingerprint to compare</source>
        <translation>Huella digital de la clave para comparar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fingerprints &amp;match: confirm</source>
        <translation>Las huellas son &amp;iguales: confirmar</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../forms/consent.py" line="+17"/>
        <source>Keep in the organisation&apos;s records</source>
        <translation>Guardar en los archivos de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in an amparo</source>
        <translation>Usar en un amparo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with the CNDH or a state commission</source>
        <translation>Compartir con la CNDH o una comisión estatal de derechos humanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IACHR precautionary measures</source>
        <translation>Medidas cautelares ante la CIDH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IACHR petition</source>
        <translation>Petición ante la CIDH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection Mechanism</source>
        <translation>Mecanismo de Protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN special procedures</source>
        <translation>Procedimientos especiales de la ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal complaint (prosecutor)</source>
        <translation>Denuncia penal (Ministerio Público)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisations and networks</source>
        <translation>Organizaciones y redes aliadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public reports</source>
        <translation>Informes públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous statistics only</source>
        <translation>Solo estadísticas anónimas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who we are and why we document</source>
        <translation>Quiénes somos y por qué documentamos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose and every intended use</source>
        <translation>Para qué es y cada uso que se piensa dar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will see the information</source>
        <translation>Quién verá la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risks, including online reach</source>
        <translation>Los riesgos, incluido el alcance en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limits of confidentiality</source>
        <translation>Los límites de la confidencialidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part is voluntary; support does not depend on it</source>
        <translation>Participar es voluntario; el acompañamiento no depende de ello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The right to refuse any question, pause or stop</source>
        <translation>El derecho a no responder cualquier pregunta, hacer una pausa o terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right to withdraw later, and what that cannot undo</source>
        <translation>El derecho a retirar el consentimiento después, y lo que eso no puede deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the data is kept, and where</source>
        <translation>Cuánto tiempo se guardan los datos y dónde</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../defender_app/widgets/consent_editor.py" line="+46"/>
        <source>How the person may be identified</source>
        <translation>Cómo se puede identificar a la persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real name</source>
        <translation>nombre real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>seudónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code only</source>
        <translation>solo un código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur the face</source>
        <translation>Difuminar el rostro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter the voice</source>
        <translation>Distorsionar la voz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact place</source>
        <translation>lugar exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality only</source>
        <translation>solo el municipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>sin ubicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family details may be given</source>
        <translation>Se pueden dar datos de la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written signature</source>
        <translation>firma por escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral, recorded</source>
        <translation>oral, grabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal, before a witness</source>
        <translation>verbal, ante testigo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given by</source>
        <translation>Quién lo dio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <translation>la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian (minor)</source>
        <translation>su tutor o tutora (menor de edad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the community assembly</source>
        <translation>la asamblea comunitaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian or assembly</source>
        <translation>Tutor(a) o asamblea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child agrees</source>
        <translation>La niña o el niño está de acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Able to decide (checked)</source>
        <translation>Tiene capacidad para decidir (se verificó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place (municipality)</source>
        <translation>Lugar (municipio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>Quién lo obtuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and variant</source>
        <translation>Lengua y variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form version</source>
        <translation>Versión del formato de consentimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio may be recorded</source>
        <translation>Se puede grabar audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video may be recorded</source>
        <translation>Se puede grabar video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos may be taken</source>
        <translation>Se pueden tomar fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings may leave this device</source>
        <translation>Las grabaciones pueden salir de este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examination, contact and review</source>
        <translation>Examen, contacto y revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical or forensic examination</source>
        <translation>Examen médico o forense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the medical report</source>
        <translation>Compartir el informe médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe way to contact the person</source>
        <translation>Forma segura de contactar a la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review consent on</source>
        <translation>Fecha para revisar el consentimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uses the person agreed to</source>
        <translation>Usos que la persona aceptó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was explained to the person</source>
        <translation>Lo que se le explicó a la persona</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No consent recorded yet. Ask about each use before the interview; every answer is saved as a new version of this record.</source>
        <translation>Todavía no se ha registrado el consentimiento. Pregunta por cada uso antes de la entrevista; cada respuesta se guarda como una nueva versión de este registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent version %1, recorded %2</source>
        <translation>Consentimiento, versión %1, registrado el %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn on %1 for some uses</source>
        <translation>Retirado el %1 para algunos usos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on %1 for every use</source>
        <translation>Retirado el %1 para todos los usos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assembly and its acta:</source>
        <translation>Asamblea y su acta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guardian:</source>
        <translation>Tutor(a):</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawal</name>
    <message>
        <location filename="../defender_app/widgets/consent_withdrawal.py" line="+29"/>
        <source>Withdrawal</source>
        <translation>Retiro del consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person has &amp;withdrawn consent</source>
        <translation>La persona &amp;retiró su consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of withdrawal</source>
        <translation>Fecha del retiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For every use</source>
        <translation>Para todos los usos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for the uses ticked below</source>
        <translation>Solo para los usos marcados abajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for the withdrawal (optional)</source>
        <translation>Motivo del retiro (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken after the withdrawal</source>
        <translation>Acciones tomadas después del retiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports recalled, records locked, who was told and when</source>
        <translation>Exportaciones que se pidieron de vuelta, registros bloqueados, a quién se avisó y cuándo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A withdrawal cannot undo documents already filed with a court or commission. Record it here as soon as the person asks; it can always be recorded, even in a final case.</source>
        <translation>Un retiro no puede deshacer los documentos ya presentados ante un juzgado o una comisión. Regístralo aquí en cuanto la persona lo pida; siempre se puede registrar, incluso en un caso definitivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken:</source>
        <translation>Acciones tomadas:</translation>
    </message>
</context>
<context>
    <name>CountsSection</name>
    <message>
        <location filename="../defender_app/views/desk/reports_view.py" line="+81"/>
        <source>Attacks</source>
        <translation>Agresiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1</source>
        <translation>Gráfica: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attacks counted.</source>
        <translation>No se contó ninguna agresión.</translation>
    </message>
</context>
<context>
    <name>CourierExportDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="+131"/>
        <source>Prepare a bundle for the courier</source>
        <translation>Preparar un paquete para el mensajero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes every record not yet delivered into one encrypted file on the drive you choose, such as a USB stick. Whoever carries it sees only an opaque file; only your organisation&apos;s registry can open it. The records also stay queued here until the registry confirms them.</source>
        <translation>Escribe todos los registros que aún no se entregan en un solo archivo cifrado, en la unidad que elijas, por ejemplo una memoria USB. Quien lo lleve solo verá un archivo ilegible; únicamente el registro central de tu organización puede abrirlo. Los registros también siguen en cola aquí hasta que el registro central los confirme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the bundle to</source>
        <translation>Carpeta donde escribir el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder, e.g. the USB stick</source>
        <translation>Elige la carpeta, por ejemplo la memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Escribir paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the bundle</source>
        <translation>Carpeta para el paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the records to send…</source>
        <translation>Leyendo los registros por enviar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the bundle; do not unplug the drive…</source>
        <translation>Escribiendo el paquete; no desconectes la unidad…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The bundle is written and synced to the drive. It is safe to unplug.
File: %1 (%n record(s)).</source>
        <translation>
            <numerusform>El paquete ya está escrito y guardado por completo en la unidad. Ya puedes desconectarla sin riesgo.
Archivo: %1 (%n registro).</numerusform>
            <numerusform>El paquete ya está escrito y guardado por completo en la unidad. Ya puedes desconectarla sin riesgo.
Archivo: %1 (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the bundle to that folder (%1). Nothing was written; check that the drive is plugged in and has room, then try again.</source>
        <translation>No se pudo escribir el paquete en esa carpeta (%1). No se escribió nada; revisa que la unidad esté conectada y tenga espacio, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CourierImportDialog</name>
    <message>
        <location line="+42"/>
        <source>Sends a bundle file that someone brought, from any device of your organisation, to the registry as it is. This computer must be connected to the registry and to the internet. The file stays encrypted all the way.</source>
        <translation>Envía tal cual al registro central un paquete que alguien trajo, hecho en cualquier equipo de tu organización. Esta computadora debe estar conectada al registro central y a internet. El archivo va cifrado todo el camino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send to the registry</source>
        <translation>&amp;Enviar al registro central</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the bundle to the registry…</source>
        <translation>Enviando el paquete al registro central…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The registry took in the bundle: %1 of %n record(s) stored with a signed receipt. The device that made it receives the receipts at its next sync.</source>
        <translation>
            <numerusform>El registro central recibió el paquete: %1 de %n registro guardado con acuse de recibo firmado. El equipo que lo hizo recibirá el acuse en su próxima sincronización.</numerusform>
            <numerusform>El registro central recibió el paquete: %1 de %n registros guardados con acuse de recibo firmado. El equipo que lo hizo recibirá los acuses en su próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) still wait for files that were not in the bundle.</source>
        <translation>
            <numerusform>%n registro sigue esperando archivos que no venían en el paquete.</numerusform>
            <numerusform>%n registros siguen esperando archivos que no venían en el paquete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The registry refused %n record(s) (%1); show this to your organisation&apos;s technical contact.</source>
        <translation>
            <numerusform>El registro central rechazó %n registro (%1); muéstrale esto a tu contacto de apoyo técnico.</numerusform>
            <numerusform>El registro central rechazó %n registros (%1); muéstrale esto a tu contacto de apoyo técnico.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the bundle file (%1). Nothing was sent.</source>
        <translation>No se pudo leer el archivo del paquete (%1). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../defender_app/views/first_run.py" line="+80"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Frase secreta otra vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create your vault</source>
        <translation>Crea tu bóveda cifrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that only you know. It is needed every time you open Defender.</source>
        <translation>Todo lo que registres se guarda cifrado en esta computadora. Elige una frase secreta de varias palabras que solo tú conozcas. La necesitarás cada vez que abras Defender.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Important: nobody can recover your records if you lose both the passphrase and the recovery code that comes next. Not your organisation, not us.</source>
        <translation>Importante: si pierdes la frase secreta y también el código de recuperación que verás a continuación, nadie podrá recuperar tus registros. Ni tu organización ni nosotros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases secretas no son iguales.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../defender_app/i18n.py" line="+126"/>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <location filename="../defender_app/views/desk/desk_window.py" line="+42"/>
        <source>Registry desk</source>
        <translation>Escritorio del registro central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep&amp;orts</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices</source>
        <translation>&amp;Equipos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pull from relay</source>
        <translation>&amp;Traer del servidor de relevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the records the defenders sent, check them and add them here</source>
        <translation>Traer los registros que enviaron las personas defensoras, verificarlos y agregarlos aquí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pull progress</source>
        <translation>Avance de la descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Pulling from the relay…</source>
        <translation>Trayendo del servidor de relevo…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Checking records: %1 of %2</source>
        <translation>Verificando registros: %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading a file: %1 of %2 bytes</source>
        <translation>Descargando un archivo: %1 de %2 bytes</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new record version(s) received</source>
        <translation>
            <numerusform>Se recibió %n versión nueva de registro</numerusform>
            <numerusform>Se recibieron %n versiones nuevas de registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n ya estaba aquí</numerusform>
            <numerusform>%n ya estaban aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused (failed verification)</source>
        <translation>
            <numerusform>%n rechazado (no pasó la verificación)</numerusform>
            <numerusform>%n rechazados (no pasaron la verificación)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pull stopped; the next pull continues from there.</source>
        <translation>Se detuvo la descarga; la próxima continuará desde ahí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pull stopped because of an unexpected problem.</source>
        <translation>La descarga se detuvo por un problema inesperado.</translation>
    </message>
</context>
<context>
    <name>DeskBundleDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="+14"/>
        <source>Opens a bundle file that a courier brought and adds its records to the registry, after checking every signature. No connection is needed if this desk already knows the device that made it.</source>
        <translation>Abre un archivo de paquete que trajo un mensajero y agrega sus registros al registro central, después de comprobar cada firma. No se necesita conexión si este escritorio ya conoce el dispositivo que lo hizo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open in the registry</source>
        <translation>&amp;Abrir en el registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking and opening the bundle…</source>
        <translation>Comprobando y abriendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Bundle opened: %n new record version(s) added to the registry, %1 already here.</source>
        <translation>
            <numerusform>Paquete abierto: %n versión nueva de registro agregada al registro central; %1 ya estaban aquí.</numerusform>
            <numerusform>Paquete abierto: %n versiones nuevas de registros agregadas al registro central; %1 ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the bundle file (%1). Nothing was imported.</source>
        <translation>No se pudo leer el archivo del paquete (%1). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <location filename="../defender_app/views/desk/desk_setup_dialog.py" line="+60"/>
        <source>Set up as registry desk</source>
        <translation>Configurar como escritorio del registro central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A registry desk receives the records every defender sends, opens them with the organisation&apos;s keys and keeps the central registry. Choose the folder that “defender-registry init --offline-dir” wrote.</source>
        <translation>El escritorio del registro central recibe los registros que envía cada persona defensora, los abre con las claves de la organización y lleva el registro central. Elige la carpeta que escribió «defender-registry init --offline-dir».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Folder with the offline keys</source>
        <translation>Carpeta con las claves sin conexión</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relay address</source>
        <translation>Dirección del servidor de relevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS pin (optional)</source>
        <translation>Huella TLS fijada (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal digits, optional</source>
        <translation>64 dígitos hexadecimales, opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys will live inside this vault, protected by its passphrase: whoever can unlock it can read every record. Once the desk is set up, store the key folder offline (a USB stick in a safe place) and delete it from this computer.</source>
        <translation>Las claves quedarán dentro de esta bóveda, protegidas por su frase de acceso: quien pueda desbloquearla podrá leer todos los registros. Una vez configurado el escritorio, guarda la carpeta de claves sin conexión (en una memoria USB, en un lugar seguro) y bórrala de esta computadora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up desk</source>
        <translation>Configurar escritorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key folder:</source>
        <translation>Carpeta de &amp;claves:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relay address:</source>
        <translation>&amp;Servidor de relevo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS pin:</source>
        <translation>&amp;Huella TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the folder with the offline keys.</source>
        <translation>Elige la carpeta con las claves sin conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder has no “%1”. Choose the folder that “defender-registry init --offline-dir” wrote.</source>
        <translation>La carpeta no tiene «%1». Elige la carpeta que escribió «defender-registry init --offline-dir».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a key written by defender-registry (it has the wrong size).</source>
        <translation>«%1» no es una clave escrita por defender-registry (su tamaño no es el correcto).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the relay&apos;s address in full, for example https://relay.example.org.</source>
        <translation>Escribe la dirección completa del servidor de relevo, por ejemplo https://relay.example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS pin must be 64 hexadecimal digits (a SHA-256). Leave it empty if you were not given one.</source>
        <translation>La huella TLS debe tener 64 dígitos hexadecimales (un SHA-256). Déjala vacía si no te dieron una.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <location filename="../defender_app/views/desk/devices_view.py" line="+47"/>
        <source>The computers enrolled with the organisation&apos;s relay. “Refresh” asks the relay; a revoked computer can no longer send records. Records are accepted only from confirmed computers: those enrolled with a code from this desk, or confirmed here by comparing their key fingerprint by phone.</source>
        <translation>Las computadoras vinculadas con el servidor de relevo de la organización. «Actualizar» le pregunta al servidor; una computadora revocada ya no puede enviar registros. Solo se aceptan registros de computadoras confirmadas: las que se vincularon con un código de este escritorio, o las que se confirmaron aquí comparando por teléfono la huella digital de su clave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device columns</source>
        <translation>Columnas de equipos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New enrollment code…</source>
        <translation>&amp;Nuevo código de vinculación…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the relay…</source>
        <translation>Consultando al servidor de relevo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device list updated from the relay.</source>
        <translation>Lista de equipos actualizada desde el servidor de relevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked on %1</source>
        <translation>revocado el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no — records wait</source>
        <translation>no — sus registros esperan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Confirming “%1”…</source>
        <translation>Confirmando «%1»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is confirmed; its records are imported at the next pull.</source>
        <translation>«%1» quedó confirmado; sus registros se importan en la próxima descarga.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke “%1” (%2)? It will no longer be able to send records to the registry. What it already sent stays here. To use it again, it must enroll with a new code.</source>
        <translation>¿Revocar «%1» (%2)? Ya no podrá enviar registros al registro central. Lo que ya envió se queda aquí. Para volver a usarlo, tendrá que vincularse con un código nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke this device?</source>
        <translation>¿Revocar este equipo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoking “%1”…</source>
        <translation>Revocando «%1»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is revoked.</source>
        <translation>«%1» quedó revocado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the relay for a new code…</source>
        <translation>Pidiendo un código nuevo al servidor de relevo…</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../defender_app/views/document_editor.py" line="+69"/>
        <source>Required fields still empty</source>
        <translation>Campos obligatorios todavía vacíos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the document</source>
        <translation>Preparando el documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill empty fields from the case a&amp;gain</source>
        <translation>Volver a &amp;llenar los campos vacíos con los datos del caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields you have filled in stay as they are; only empty ones are filled.</source>
        <translation>Los campos que ya llenaste se quedan como están; solo se llenan los vacíos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted PDF file of this document</source>
        <translation>Guardar un archivo PDF sin cifrar de este documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of the document</source>
        <translation>Campos del documento</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty fields were filled in from the case; the others stay as they were.</source>
        <translation>Los campos vacíos se llenaron con los datos del caso; los demás se quedaron como estaban.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: this comes from the case; add it in the case&apos;s other tabs</source>
        <translation>%1: esto viene del caso; agrégalo en las otras pestañas del caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was previewed, printed or exported. These required fields are still empty:</source>
        <translation>No se mostró, imprimió ni exportó nada. Estos campos obligatorios siguen vacíos:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document could not be prepared.</source>
        <translation>No se pudo preparar el documento.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../defender_app/views/document_export.py" line="+55"/>
        <source>Export the document as a PDF file?</source>
        <translation>¿Exportar el documento como archivo PDF?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it, including the names, testimony and other details of this case it contains. Keep it safe and delete it when it is no longer needed. The export is written in the case&apos;s history.</source>
        <translation>El archivo PDF NO estará cifrado: cualquiera que pueda abrir la carpeta o la memoria USB que elijas podrá leerlo, incluidos los nombres, el testimonio y los demás datos del caso que contiene. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites. La exportación queda anotada en el historial del caso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export PDF (not encrypted)</source>
        <translation>Exportar PDF (sin cifrar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing “%1”…</source>
        <translation>Escribiendo «%1»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1. This file is not encrypted: delete it when it is no longer needed.</source>
        <translation>Se exportó a %1. Este archivo no está cifrado: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF was not exported.</source>
        <translation>No se exportó el PDF.</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../defender_app/widgets/document_form.py" line="+70"/>
        <source>Fields marked * are required before printing.</source>
        <translation>Los campos marcados con * son obligatorios para imprimir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filled in from the case when the document is printed: %1</source>
        <translation>Se llenan con los datos del caso al imprimir el documento: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not yet checked by a lawyer)</source>
        <translation>%1 (aún sin revisar por una abogada o abogado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required by %1</source>
        <translation>Lo exige %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required before printing</source>
        <translation>Obligatorio para imprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis: %1</source>
        <translation>Fundamento legal: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, unless the case&apos;s records make it unnecessary</source>
        <translation>%1, salvo que los registros del caso lo hagan innecesario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, unless “%2” is given</source>
        <translation>%1, salvo que se indique «%2»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— choose —</source>
        <translation>— elige —</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../defender_app/views/document_preview.py" line="+24"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted PDF file of this document</source>
        <translation>Guardar un archivo PDF sin cifrar de este documento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown from memory; no file has been written. The case&apos;s history records this rendering with its fingerprint (SHA-256): %1</source>
        <translation>Se muestra desde la memoria; no se ha escrito ningún archivo. El historial del caso registra esta versión generada con su huella digital (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <location filename="../defender_app/views/document_print.py" line="+118"/>
        <source>No printer is set up on this computer. To print elsewhere, use “Export PDF…”; the file it writes is not encrypted.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Para imprimir en otro lugar, usa «Exportar PDF…»; el archivo que se escribe no está cifrado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another document is being printed; try again after it.</source>
        <translation>Se está imprimiendo otro documento; inténtalo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the document to the printer…</source>
        <translation>Enviando el documento a la impresora…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing was stopped.</source>
        <translation>Se detuvo la impresión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document was not printed.</source>
        <translation>No se imprimió el documento.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../forms/document_types.py" line="+10"/>
        <source>Urgent amparo against detention (minimum)</source>
        <translation>Amparo urgente contra la detención (mínimo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amparo against detention or incommunicado (full)</source>
        <translation>Amparo contra la detención o la incomunicación (completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for precautionary measures (IACHR)</source>
        <translation>Solicitud de medidas cautelares (CIDH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint to a human rights commission</source>
        <translation>Queja ante una comisión de derechos humanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony record with consent</source>
        <translation>Acta de testimonio con consentimiento informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain-of-custody record</source>
        <translation>Registro de cadena de custodia</translation>
    </message>
    <message>
        <location filename="../forms/documents/schema.py" line="+37"/>
        <source>Checked against the official source</source>
        <translation>Cotejado con la fuente oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from a secondary source; a lawyer must check it against the official text</source>
        <translation>Tomado de una fuente secundaria; una abogada o abogado debe cotejarlo con el texto oficial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet checked against the official text; a lawyer must review it</source>
        <translation>Aún no se ha cotejado con el texto oficial; una abogada o abogado debe revisarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended practice, not a legal requirement; a lawyer should review it</source>
        <translation>Práctica recomendada, no un requisito legal; conviene que una abogada o abogado lo revise</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../defender_app/views/documents_tab.py" line="+65"/>
        <source>Type of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the document</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;draft</source>
        <translation>Nuevo &amp;borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document drafts</source>
        <translation>Borradores de documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No documents yet. Choose a type of document above and click “New draft”; it is filled in from this case.</source>
        <translation>Todavía no hay documentos. Elige arriba un tipo de documento y haz clic en «Nuevo borrador»; se llena con los datos de este caso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a draft on the left to fill it in, preview or print it.</source>
        <translation>Elige un borrador a la izquierda para llenarlo, verlo o imprimirlo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 — %2, updated %3</source>
        <translation>%1 — %2, actualizado el %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EnrollCodeDialog</name>
    <message>
        <location filename="../defender_app/views/desk/enroll_code_dialog.py" line="+38"/>
        <source>New enrollment code</source>
        <translation>Nuevo código de vinculación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this code to one defender, as text or as the QR code. It works once and expires within a day. When they connect, read them the fingerprint by phone so they can check it.</source>
        <translation>Da este código a una sola persona defensora, como texto o como código QR. Sirve una sola vez y vence en menos de un día. Cuando se conecte, léele la huella digital por teléfono para que la compare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrollment QR code</source>
        <translation>Código QR de vinculación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrollment code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied. Paste it only where the defender will read it.</source>
        <translation>Copiado. Pégalo solo donde lo vaya a leer la persona defensora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No printer is set up on this computer.</source>
        <translation>No hay ninguna impresora configurada en esta computadora.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../defender_app/views/enroll_dialog.py" line="+54"/>
        <source>Connect this computer to the registry</source>
        <translation>Conectar esta computadora al registro central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your coordinator gives you an enrollment code, as text or as a QR image. Before connecting, compare the fingerprint below with the one your coordinator reads to you by phone: if they differ, do not connect.</source>
        <translation>Tu coordinadora o coordinador te da un código de vinculación, como texto o como imagen QR. Antes de conectar, compara la huella digital de abajo con la que te lee por teléfono: si no son iguales, no conectes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrollment code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a QR &amp;image…</source>
        <translation>Abrir una &amp;imagen QR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this computer for the registry</source>
        <translation>Nombre de esta computadora para el registro central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. laptop of the Ocosingo team</source>
        <translation>p. ej. laptop del equipo de Ocosingo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation fingerprint</source>
        <translation>Huella digital de la organización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;Código de vinculación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint to compare:</source>
        <translation>Huella digital para comparar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Nombre de esta computadora:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(paste a complete code)</source>
        <translation>(pega un código completo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the QR image</source>
        <translation>Abrir la imagen QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrollment code could be read from that image.</source>
        <translation>No se pudo leer ningún código de vinculación en esa imagen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../defender_app/errors.py" line="+25"/>
        <source>Defender</source>
        <translation>Defender</translation>
    </message>
    <message>
        <location filename="../forms/consent.py" line="+65"/>
        <source>Unknown consent item “{item}”.</source>
        <translation>Elemento de consentimiento desconocido: «{item}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each consent use must be yes or no.</source>
        <translation>Cada uso del consentimiento debe ser sí o no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent item “{item}” must be a list.</source>
        <translation>El elemento de consentimiento «{item}» debe ser una lista.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a choice for consent item “{item}”.</source>
        <translation>«{value}» no es una opción para el elemento de consentimiento «{item}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent item “{item}” has the wrong type.</source>
        <translation>El elemento de consentimiento «{item}» tiene un tipo equivocado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{item}” is not a known consent item.</source>
        <translation>«{item}» no es un elemento de consentimiento conocido.</translation>
    </message>
    <message>
        <location filename="../forms/dates.py" line="+60"/>
        <source>“{text}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{text}» no es una fecha. Escríbela como AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” is not a real date. Check the day and the month.</source>
        <translation>«{text}» no es una fecha que exista. Revisa el día y el mes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year in “{text}” is out of range.</source>
        <translation>El año de «{text}» está fuera de rango.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown date precision “{precision}”.</source>
        <translation>Precisión de fecha desconocida: «{precision}».</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="+33"/>
        <source>The document cannot be printed yet; it lacks {fields}. Nothing was printed.</source>
        <translation>Todavía no se puede imprimir el documento; le falta: {fields}. No se imprimió nada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../forms/fields.py" line="-128"/>
        <source>“{field}” must be text.</source>
        <translation>El campo «{field}» debe ser texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>“{field}” is longer than {limit} characters or contains NUL.</source>
        <translation>El campo «{field}» tiene más de {limit} caracteres o contiene NUL.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{field}” must be a list of texts.</source>
        <translation>El campo «{field}» debe ser una lista de textos.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This document has no field “{field}”.</source>
        <translation>Este documento no tiene el campo «{field}».</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+2"/>
        <source>“{field}” contains a NUL character.</source>
        <translation>El campo «{field}» contiene un carácter NUL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is longer than {limit} characters.</source>
        <translation>El campo «{field}» tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>“{field}” is required.</source>
        <translation>El campo «{field}» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="-21"/>
        <location filename="../forms/fields.py" line="+11"/>
        <source>“{value}” is not a choice for “{field}”.</source>
        <translation>«{value}» no es una opción del campo «{field}».</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+10"/>
        <source>“{field}” must be a list of terms.</source>
        <translation>El campo «{field}» debe ser una lista de términos.</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="-10"/>
        <location filename="../forms/fields.py" line="+5"/>
        <source>“{field}” must be yes or no.</source>
        <translation>El campo «{field}» debe ser sí o no.</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+4"/>
        <source>“{field}” must be a whole number.</source>
        <translation>El campo «{field}» debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{field}” must be a number.</source>
        <translation>El campo «{field}» debe ser un número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” must be a list.</source>
        <translation>El campo «{field}» debe ser una lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” must be a list of entries.</source>
        <translation>El campo «{field}» debe ser una lista de entradas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown field “{field}”.</source>
        <translation>Campo desconocido: «{field}».</translation>
    </message>
    <message>
        <location filename="../forms/vocab.py" line="+90"/>
        <source>“{code}” is not a term of vocabulary list {list_no}.</source>
        <translation>«{code}» no es un término de la lista de vocabulario {list_no}.</translation>
    </message>
    <message>
        <location filename="../storage/documents.py" line="+81"/>
        <source>“{doc_type}” is not a document Defender can draft.</source>
        <translation>«{doc_type}» no es un documento que Defender pueda redactar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document cannot be written in “{language}”.</source>
        <translation>Este documento no se puede redactar en «{language}».</translation>
    </message>
    <message>
        <location filename="../storage/errors.py" line="+12"/>
        <source>That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Esa frase secreta no abre esta bóveda. Revisa la distribución del teclado y las mayúsculas (Bloq Mayús) y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code does not open this vault. Check each group of letters and try again. Nothing was changed.</source>
        <translation>Ese código de recuperación no abre esta bóveda. Revisa cada grupo de letras y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no vault in {home}. Create one first (&apos;defender vault create&apos;).</source>
        <translation>No hay ninguna bóveda en {home}. Primero crea una (&apos;defender vault create&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists in {home}. Nothing was changed.</source>
        <translation>Ya existe una bóveda en {home}. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault is open in another Defender window. Close it there and try again.</source>
        <translation>Esta bóveda está abierta en otra ventana de Defender. Ciérrala allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>La bóveda está bloqueada. Desbloquéala para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s key file is damaged or not a Defender key file, so the vault cannot be opened. If you have the recovery code, a backup of vault.key may still help.</source>
        <translation>El archivo de llave de la bóveda está dañado o no es un archivo de llave de Defender, así que la bóveda no se puede abrir. Si tienes el código de recuperación, un respaldo de vault.key todavía puede servir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault&apos;s database is damaged or was altered ({detail}). Do not add records; ask your organisation for help before anything else.</source>
        <translation>La base de datos de la bóveda está dañada o fue alterada ({detail}). No agregues registros; antes que nada, pide ayuda a tu organización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least {minimum} characters, ideally several words.</source>
        <translation>La frase secreta es muy corta: usa al menos {minimum} caracteres, mejor varias palabras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no {kind} with the id {record_id}.</source>
        <translation>No hay ningún registro de {kind} con el id {record_id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is final and cannot be changed. Start a correction to make a new version.</source>
        <translation>Este caso es definitivo y no se puede cambiar. Inicia una corrección para hacer una nueva versión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation lacks SQLCipher 4 encryption, so Defender refuses to store anything. Reinstall Defender.</source>
        <translation>A esta instalación le falta el cifrado SQLCipher 4, así que Defender no guardará nada. Vuelve a instalar Defender.</translation>
    </message>
    <message>
        <location filename="../storage/evidence.py" line="+33"/>
        <source>The file of this evidence item is not in this vault (it was imported as a record only).</source>
        <translation>El archivo de esta evidencia no está en esta bóveda (se importó solo como registro).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{path}” does not exist.</source>
        <translation>«{path}» no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is a folder. Choose files, or import the whole folder.</source>
        <translation>«{path}» es una carpeta. Elige archivos o importa la carpeta completa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” is not a regular file.</source>
        <translation>«{path}» no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is empty (0 bytes); nothing was imported.</source>
        <translation>«{path}» está vacío (0 bytes); no se importó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” cannot be read: permission denied.</source>
        <translation>No se puede leer «{path}»: permiso denegado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not read “{path}”: {reason}. Nothing was imported.</source>
        <translation>No se pudo leer «{path}»: {reason}. No se importó nada.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>“{path}” is a folder; give a file name.</source>
        <translation>«{path}» es una carpeta; indica un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write “{path}”: {reason}.</source>
        <translation>No se pudo escribir «{path}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../storage/persons.py" line="+90"/>
        <location filename="../storage/transfer_import.py" line="+188"/>
        <source>“{role}” is not a role a person can have in a case.</source>
        <translation>«{role}» no es un papel que una persona pueda tener en un caso.</translation>
    </message>
    <message>
        <location filename="../storage/rows.py" line="+19"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act</source>
        <translation>acto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>involvement</source>
        <translation>involucramiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>testimonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence item</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../defender_app/views/document_export.py" line="-100"/>
        <source>Could not write “{path}”: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir «{path}»: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../defender_app/views/document_print.py" line="-141"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again. Nothing was printed.</source>
        <translation>No se pudo iniciar la impresora. Revisa que esté encendida y conectada y vuelve a intentarlo. No se imprimió nada.</translation>
    </message>
    <message>
        <location filename="../forms/esf.py" line="+187"/>
        <source>The import file is not valid at {where}: {problem} Nothing was imported.</source>
        <translation>El archivo de importación no es válido en {where}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a JSON object was expected.</source>
        <translation>se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a JSON list was expected.</source>
        <translation>se esperaba una lista JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{key}” has the wrong type or form.</source>
        <translation>«{key}» tiene un tipo o una forma equivocados.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“{key}” is not expected here.</source>
        <translation>«{key}» no debería estar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{key}” is missing.</source>
        <translation>falta «{key}».</translation>
    </message>
    <message>
        <location filename="../forms/redaction.py" line="+74"/>
        <source>“{profile}” is not an export profile. Choose one of: {profiles}.</source>
        <translation>«{profile}» no es un perfil de exportación. Elige uno de estos: {profiles}.</translation>
    </message>
    <message>
        <location filename="../storage/transfer.py" line="+102"/>
        <source>“{format}” is not an export format: use {formats}.</source>
        <translation>«{format}» no es un formato de exportación: usa {formats}.</translation>
    </message>
    <message>
        <location filename="../storage/transfer_import.py" line="-67"/>
        <source>consent record</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import file is not valid JSON (line {line}, column {column}). Nothing was imported.</source>
        <translation>El archivo de importación no es JSON válido (línea {line}, columna {column}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a Defender export of format version {version}. Nothing was imported.</source>
        <translation>Esto no es una exportación de Defender con la versión de formato {version}. No se importó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a “{profile}” export, which leaves information out on purpose; only internal exports can be imported. Nothing was imported.</source>
        <translation>Esta es una exportación «{profile}», que deja fuera información a propósito; solo se pueden importar exportaciones internas. No se importó nada.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>consent versions are not 1, 2, 3…</source>
        <translation>las versiones del consentimiento no son 1, 2, 3…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{action}” is not a custody action.</source>
        <translation>«{action}» no es una acción de custodia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the chain of custody does not verify at entry {entry}; it was altered.</source>
        <translation>la cadena de custodia no se verifica en la anotación {entry}; fue alterada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>frozen version {version} does not match its SHA-256; it was altered.</source>
        <translation>la versión fijada {version} no coincide con su SHA-256; fue alterada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the frozen versions do not match the case&apos;s state and version.</source>
        <translation>las versiones fijadas no coinciden con el estado y la versión del caso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it names person {record_id}, who is not in the file.</source>
        <translation>menciona a la persona {record_id}, que no está en el archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {kind} {record_id} appears twice.</source>
        <translation>el registro de {kind} {record_id} aparece dos veces.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The {kind} {record_id} in the import file is already in this vault. Nothing was imported.</source>
        <translation>El registro de {kind} {record_id} del archivo de importación ya está en esta bóveda. No se importó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A different case with folio {folio} is already in this vault. Nothing was imported.</source>
        <translation>Ya hay en esta bóveda otro caso con el folio {folio}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../storage/outbox.py" line="+117"/>
        <source>This case cannot be deleted from this device yet: not every version of it has a verified receipt from the registry. Sync first.</source>
        <translation>Todavía no se puede borrar este caso de este equipo: no todas sus versiones tienen un acuse de recibo verificado del registro central. Sincroniza primero.</translation>
    </message>
    <message>
        <location filename="../sync/bundle.py" line="+86"/>
        <source>Nothing to put in a bundle: every finalized record is already delivered.</source>
        <translation>No hay nada que poner en un paquete: todos los registros definitivos ya se entregaron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry this computer is connected to cannot take courier bundles yet. Sync online once so this computer learns the registry&apos;s current keys; if that does not help, ask your organisation to update the registry.</source>
        <translation>El registro central al que está conectada esta computadora todavía no puede recibir paquetes de mensajero. Sincroniza en línea una vez para que esta computadora conozca las claves actuales del registro central; si eso no basta, pide a tu organización que lo actualice.</translation>
    </message>
    <message>
        <location line="+412"/>
        <source>The registry did not take this bundle ({detail}). Nothing from it was stored. Show this message to your organisation&apos;s technical contact.</source>
        <translation>El registro central no aceptó este paquete ({detail}). No se guardó nada de él. Muestra este mensaje a tu contacto de apoyo técnico.</translation>
    </message>
    <message>
        <location filename="../sync/client.py" line="+83"/>
        <source>This device is not enrolled with a registry yet. Ask your organisation for an enrollment code and run &apos;defender enroll CODE&apos;.</source>
        <translation>Este equipo todavía no está vinculado con un registro central. Pide a tu organización un código de vinculación y ejecuta &apos;defender enroll CODE&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry could not be reached ({detail}). Nothing was lost: every record stays queued and the next sync continues where this one stopped.</source>
        <translation>No se pudo llegar al registro central ({detail}). No se perdió nada: todos los registros siguen en cola y la próxima sincronización continúa donde se quedó esta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network answered, but not as your organisation&apos;s registry: it may need a login page (hotel, café) or be intercepted. Nothing was sent.</source>
        <translation>La red respondió, pero no como el registro central de tu organización: puede que pida iniciar sesión en una página (hotel, café) o que esté interceptada. No se envió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry offered older keys (issued {offered}) than this device already holds (issued {held}). A tampered or outdated server does that, so nothing was sent. Tell your organisation&apos;s technical contact.</source>
        <translation>El registro central ofreció claves más antiguas (emitidas {offered}) que las que este dispositivo ya tiene (emitidas {held}). Eso lo hace un servidor manipulado o desactualizado, así que no se envió nada. Avisa a la persona de soporte técnico de tu organización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This vault was restored from an older backup: the registry already held records this copy had forgotten. Nothing was lost. {count} record(s) still waiting were sealed again under a new sequence. If another copy of this vault is in use, keep only one.</source>
        <translation>Esta bóveda se restauró desde una copia de seguridad antigua: el registro central ya tenía registros que esta copia había olvidado. No se perdió nada. {count} registro(s) en espera se sellaron de nuevo con una nueva secuencia. Si hay otra copia de esta bóveda en uso, quédate solo con una.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your organisation replaced the key that protects records on their way to the registry. {count} record(s) still waiting were sealed again to the new key before anything was sent. Nothing was lost.</source>
        <translation>Tu organización cambió la clave que protege los registros en su camino al registro central. {count} registro(s) en espera se sellaron de nuevo con la clave nueva antes de enviar nada. No se perdió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry has revoked this device, so it accepts nothing from it. Records stay in this vault. Contact your organisation.</source>
        <translation>El registro central revocó este equipo, así que no acepta nada de él. Los registros se quedan en esta bóveda. Comunícate con tu organización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry did not let this device sign in ({detail}). Records stay in this vault; the device may need to be enrolled again.</source>
        <translation>El registro central no dejó entrar a este equipo ({detail}). Los registros se quedan en esta bóveda; puede que haya que volver a vincular el equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrollment failed: {detail}. Ask your organisation for a new code.</source>
        <translation>No se pudo vincular: {detail}. Pide a tu organización un código nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry refused {count} record(s) ({detail}). They stay in this vault; show this message to your organisation&apos;s technical contact.</source>
        <translation>El registro central rechazó {count} registro(s) ({detail}). Se quedan en esta bóveda; muestra este mensaje a la persona de apoyo técnico de tu organización.</translation>
    </message>
    <message>
        <location filename="../defender_app/desk_wiring.py" line="+35"/>
        <source>This vault is not set up as a registry desk. Set it up with the organisation&apos;s offline keys first (&apos;defender desk setup&apos;).</source>
        <translation>Esta bóveda no está configurada como escritorio del registro central. Primero configúrala con las claves sin conexión de la organización (&apos;defender desk setup&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle comes from a device the desk cannot vouch for: it is not in the relay&apos;s list of enrolled devices, or its key differs. Connect the desk to the relay once so it can check the device, then take the bundle in again. Nothing was imported.</source>
        <translation>Este paquete viene de un equipo que el escritorio no puede avalar: no está en la lista de equipos vinculados del servidor de relevo, o su clave es distinta. Conecta el escritorio al servidor de relevo una vez para que pueda verificar el equipo y luego vuelve a recibir el paquete. No se importó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This bundle comes from a device the desk has not confirmed yet ({device}). Nothing was imported. Confirm the device in the Devices tab (compare its key fingerprint with the defender by phone), then take the bundle in again.</source>
        <translation>Este paquete viene de un equipo que el escritorio todavía no ha confirmado ({device}). No se importó nada. Confirma el equipo en la pestaña Equipos (compara por teléfono la huella digital de su clave con la persona defensora) y vuelve a abrir el paquete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This bundle comes from a device that was revoked ({device}); the registry accepts nothing from it any more. Nothing was imported. If the bundle was made before the device was lost, ask your technical contact to check it.</source>
        <translation>Este paquete viene de un equipo que fue revocado ({device}); el registro central ya no acepta nada de él. No se importó nada. Si el paquete se hizo antes de que se perdiera el equipo, pide a tu contacto técnico que lo revise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{address}” is not a relay address. Write it as https://registry.example.org.</source>
        <translation>«{address}» no es una dirección de servidor de relevo. Escríbela como https://registry.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder does not hold the organisation&apos;s offline keys ({detail}). Choose the folder that &apos;defender-registry init --offline-dir&apos; wrote.</source>
        <translation>La carpeta no contiene las claves sin conexión de la organización ({detail}). Elige la carpeta que escribió &apos;defender-registry init --offline-dir&apos;.</translation>
    </message>
    <message>
        <location filename="../storage/desk.py" line="+70"/>
        <source>registry record</source>
        <translation>registro del registro central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media file</source>
        <translation>archivo multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field device</source>
        <translation>equipo de campo</translation>
    </message>
    <message>
        <location filename="../storage/desk_errors.py" line="+12"/>
        <source>Envelope {envelope_id} was already received with different content. The new copy was not stored; keep both files and ask the device&apos;s owner what happened.</source>
        <translation>El sobre {envelope_id} ya se había recibido con otro contenido. La copia nueva no se guardó; conserva ambos archivos y pregunta a la persona dueña del equipo qué pasó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A media file of envelope {envelope_id} does not match its fingerprint, so nothing of that envelope was stored. Fetch it again from the relay or the courier bundle.</source>
        <translation>Un archivo multimedia del sobre {envelope_id} no coincide con su huella digital, así que no se guardó nada de ese sobre. Vuelve a traerlo del servidor de relevo o del paquete de mensajero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Envelope {envelope_id} does not hold the record it claims to hold, so it was not stored. Ask the device&apos;s owner to send that case again.</source>
        <translation>El sobre {envelope_id} no contiene el registro que dice contener, así que no se guardó. Pide a la persona dueña del equipo que vuelva a enviar ese caso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These keys belong to another organisation than the ones this desk already holds. Nothing was changed.</source>
        <translation>Estas claves son de una organización distinta a la de las claves que ya tiene este escritorio. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key of device {device} is not the one whose fingerprint was compared. Nothing was confirmed; refresh the device list and compare the fingerprint again.</source>
        <translation>La clave del equipo {device} no es aquella cuya huella digital se comparó. No se confirmó nada; actualiza la lista de equipos y vuelve a comparar la huella digital.</translation>
    </message>
    <message>
        <location filename="../sync/bundle_format.py" line="+95"/>
        <source>This file is not a complete courier bundle ({detail}). Nothing was imported. Ask the person who made it to export it again.</source>
        <translation>Este archivo no es un paquete de mensajero completo ({detail}). No se importó nada. Pide a la persona que lo hizo que lo vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../sync/bundle.py" line="-351"/>
        <source>A media file stored on this computer is damaged, so no bundle was written. Sync online if you can, or show this message to your organisation&apos;s technical contact.</source>
        <translation>Un archivo multimedia guardado en esta computadora está dañado, así que no se escribió ningún paquete. Sincroniza en línea si puedes, o muestra este mensaje a tu contacto de apoyo técnico.</translation>
    </message>
    <message>
        <location filename="../sync/desk.py" line="+66"/>
        <source>The relay did not accept this desk&apos;s organisation key ({detail}). Check that the keys set up in this desk are the ones the relay was created with.</source>
        <translation>El servidor de relevo no aceptó la clave de organización de este escritorio ({detail}). Revisa que las claves configuradas aquí sean las mismas con las que se creó el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay refused the request ({detail}). Nothing was changed in this desk.</source>
        <translation>El servidor de relevo rechazó la solicitud ({detail}). No se cambió nada en este escritorio.</translation>
    </message>
    <message>
        <location filename="../sync/desk_open.py" line="+44"/>
        <source>A received envelope failed verification and was not imported (envelope {envelope}: {reason}). Show this to your organisation&apos;s technical contact.</source>
        <translation>Un sobre recibido no pasó la verificación y no se importó (sobre {envelope}: {reason}). Muéstrale esto al contacto técnico de tu organización.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <location filename="../defender_app/widgets/evidence_details.py" line="+53"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt the original in memory and show it (noted in the chain of custody)</source>
        <translation>Descifrar el original en la memoria y mostrarlo (queda anotado en la cadena de custodia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport original…</source>
        <translation>E&amp;xportar original…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted copy of the original file</source>
        <translation>Guardar una copia sin cifrar del archivo original</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the original, taken when it was imported</source>
        <translation>Huella digital del original, tomada al importarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position stays inside the encrypted vault: previews carry none. Only an exported original contains it.</source>
        <translation>La ubicación se queda dentro de la bóveda cifrada: las vistas previas no la llevan. Solo un original exportado la contiene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original file name:</source>
        <translation>Nombre del archivo original:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture time (camera clock):</source>
        <translation>Hora de captura (reloj de la cámara):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location (GPS):</source>
        <translation>Ubicación (GPS):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported:</source>
        <translation>Fecha de importación:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the file</source>
        <translation>no viene en el archivo</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <location filename="../defender_app/views/evidence_export.py" line="+34"/>
        <source>The exported file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can see it. Keep it safe and delete it when it is no longer needed. The export is written in the item&apos;s chain of custody.</source>
        <translation>El archivo exportado NO estará cifrado: cualquiera que pueda abrir la carpeta o la memoria USB que elijas podrá verlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites. La exportación queda anotada en la cadena de custodia de la evidencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This photo also contains the place where it was taken (GPS position). Inside the vault that stays protected; the exported copy carries it openly.</source>
        <translation>Esta foto también contiene el lugar donde se tomó (ubicación GPS). Dentro de la bóveda eso queda protegido; la copia exportada lo lleva a la vista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the original?</source>
        <translation>¿Exportar el original?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export original (not encrypted)</source>
        <translation>Exportar el original (sin cifrar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting “%1”…</source>
        <translation>Exportando «%1»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>Se exportó a %1. Esta copia no está cifrada: bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The original was not exported.</source>
        <translation>No se exportó el original.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../defender_app/models/evidence_model.py" line="+134"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../defender_app/views/evidence_tab.py" line="+60"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import photos and other files</source>
        <translation>Importar fotos y otros archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a fo&amp;lder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every file in a folder and its sub-folders, such as a phone&apos;s SD card</source>
        <translation>Importar todos los archivos de una carpeta y sus subcarpetas, como la tarjeta SD de un teléfono</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence items</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an item to see and describe it.</source>
        <translation>Elige una evidencia para verla y describirla.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No evidence in this case.</source>
        <translation>No hay evidencias en este caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence yet. Import photos or files, or drop them here.</source>
        <translation>Todavía no hay evidencias. Importa fotos o archivos, o arrástralos aquí.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import photos and files</source>
        <translation>Importar fotos y archivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a whole folder</source>
        <translation>Importar una carpeta completa</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../defender_app/models/evidence_text.py" line="+12"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview: the picture is too large to preview safely. The original is kept.</source>
        <translation>Sin vista previa: la imagen es demasiado grande para mostrarla de forma segura. El original se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the picture could not be read (it may be damaged). The original is kept.</source>
        <translation>Sin vista previa: no se pudo leer la imagen (puede estar dañada). El original se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview for this picture. The original is kept.</source>
        <translation>No hay vista previa de esta imagen. El original se conserva.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../defender_app/views/desk/export_dialog.py" line="+43"/>
        <source>Export records (ESF)</source>
        <translation>Exportar registros (ESF)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n record(s) the registry&apos;s filters show now.</source>
        <translation>
            <numerusform>El %n registro que muestran ahora los filtros.</numerusform>
            <numerusform>Los %n registros que muestran ahora los filtros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n record(s) of the registry.</source>
        <translation>
            <numerusform>Todo el registro central: %n registro.</numerusform>
            <numerusform>Todo el registro central: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal (complete)</source>
        <translation>Interno (completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, for the organisation&apos;s own encrypted archive.</source>
        <translation>Todo, para el archivo cifrado de la propia organización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court or commission</source>
        <translation>Juzgado o comisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names only where consent covers courts and commissions; no metadata.</source>
        <translation>Nombres solo donde el consentimiento cubre juzgados y comisiones; sin metadatos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner organisations</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonyms (V1, T1…), municipality only, ages in bands.</source>
        <translation>Seudónimos (V1, T1…), solo el municipio, edades por rangos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public or statistics</source>
        <translation>Público o estadístico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts only; small numbers suppressed; no text, no media.</source>
        <translation>Solo conteos; sin cifras pequeñas; sin textos ni archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the file may contain</source>
        <translation>Qué puede contener el archivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (hoja de cálculo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. Under the “%1” profile it may still hold names, places and testimony. Keep it safe and delete it when it is no longer needed.</source>
        <translation>El archivo NO estará cifrado: cualquiera que pueda abrir la carpeta o la memoria USB que elijas podrá leerlo. Con el perfil «%1» todavía puede contener nombres, lugares y testimonios. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the records?</source>
        <translation>¿Exportar los registros?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../defender_app/widgets/field_form.py" line="+42"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: precision</source>
        <translation>%1: precisión</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One per line: place | date and time | official | answer</source>
        <translation>Uno por línea: lugar | fecha y hora | servidor público | respuesta</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="-728"/>
        <location line="+608"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-600"/>
        <location line="+605"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>Impact of the event</source>
        <translation>Impacto del evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+265"/>
        <source>Start date precision</source>
        <translation>Precisión de la fecha de inicio</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+265"/>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+265"/>
        <source>End date precision</source>
        <translation>Precisión de la fecha de finalización</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <location line="+100"/>
        <location line="+136"/>
        <location line="+97"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Violation status</source>
        <translation>Estatus de la violación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitoring status</source>
        <translation>Estatus de monitoreo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of act</source>
        <translation>Tipos de acto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rights affected</source>
        <translation>Derechos afectados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of attack</source>
        <translation>Tipos de agresión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level of the attack</source>
        <translation>Nivel de la agresión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Related to defence work</source>
        <translation>Relación con la labor de defensa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gender component</source>
        <translation>Componente de género</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digital attack</source>
        <translation>Agresión digital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting unit</source>
        <translation>Unidad de conteo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code or pseudonym</source>
        <translation>Código o seudónimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sexual orientation</source>
        <translation>Orientación sexual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of birth precision</source>
        <translation>Precisión de la fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People (pueblo)</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language and variant</source>
        <translation>Lengua y variante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speaks Spanish</source>
        <translation>Habla español</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Occupation or community role</source>
        <translation>Ocupación o cargo comunitario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity documents</source>
        <translation>Documentos de identificación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Human rights defender</source>
        <translation>Persona defensora de derechos humanos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group description</source>
        <translation>Descripción del grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of persons in the group</source>
        <translation>Número de personas del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type of act</source>
        <translation>Tipo de acto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exact location</source>
        <translation>Lugar exacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location at the end of the act</source>
        <translation>Lugar al finalizar el acto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stated reason</source>
        <translation>Explicación ofrecida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Methods of violence</source>
        <translation>Métodos de violencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Physical consequences</source>
        <translation>Consecuencias físicas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Psychological consequences</source>
        <translation>Consecuencias psicológicas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age at the time</source>
        <translation>Edad en ese momento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status at the end of the act</source>
        <translation>Estatus al finalizar el acto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Victim characteristics</source>
        <translation>Características de la víctima</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date and time of detention</source>
        <translation>Fecha y hora de la detención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of detention</source>
        <translation>Lugar de la detención</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authority that carried out the detention</source>
        <translation>Autoridad que realizó la detención</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authority that ordered it</source>
        <translation>Autoridad que la ordenó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whereabouts known</source>
        <translation>Se conoce su paradero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whereabouts and outside contact</source>
        <translation>Paradero y contacto con el exterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held incommunicado</source>
        <translation>Incomunicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal counsel</source>
        <translation>Asesoría legal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of detention</source>
        <translation>Tipo de detención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditions of detention</source>
        <translation>Condiciones de la detención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last seen (place, date and time)</source>
        <translation>Última vez que se le vio (lugar, fecha y hora)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the person may be held</source>
        <translation>Dónde puede estar retenida la persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search efforts</source>
        <translation>Gestiones de búsqueda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Court or investigation file number</source>
        <translation>Número de expediente o de carpeta de investigación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language used</source>
        <translation>Idioma o lengua utilizada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Degree of involvement</source>
        <translation>Grado de involucramiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of perpetrator</source>
        <translation>Tipo de perpetrador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest status as perpetrator</source>
        <translation>Último estatus como perpetrador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection to the events</source>
        <translation>Conexión con los hechos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of testimony</source>
        <translation>Tipo de testimonio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the interview</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place (municipality only)</source>
        <translation>Lugar (solo el municipio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the interview was held</source>
        <translation>Modalidad de la entrevista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Lengua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interviewers</source>
        <translation>Personas entrevistadoras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimony in the person&apos;s own words</source>
        <translation>Testimonio en las palabras de la persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read back and ratified</source>
        <translation>Se leyó y se ratificó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliability of the information</source>
        <translation>Confiabilidad de la información</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture time as stated</source>
        <translation>Fecha y hora de captura declaradas</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <location filename="../defender_app/views/desk/file_export.py" line="+76"/>
        <source>Save (not encrypted)</source>
        <translation>Guardar (sin cifrar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing “%1”…</source>
        <translation>Escribiendo «%1»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1. This file is not encrypted: delete it when it is no longer needed.</source>
        <translation>Guardado en %1. Este archivo no está cifrado: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not saved.</source>
        <translation>No se guardó el archivo.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../defender_app/views/desk/filter_bar.py" line="+63"/>
        <source>Search titles, places, testimonies…</source>
        <translation>Buscar títulos, lugares, testimonios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the registry</source>
        <translation>Buscar en el registro central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from YYYY-MM-DD</source>
        <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to YYYY-MM-DD</source>
        <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear &amp;filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of attack</source>
        <translation>Tipo de agresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of perpetrator</source>
        <translation>Tipo de perpetrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender</source>
        <translation>Persona defensora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: all</source>
        <translation>%1: todos</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Escribe la fecha como AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../defender_app/views/history_tab.py" line="+46"/>
        <source>Case history</source>
        <translation>Historial del caso</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../defender_app/views/history_text.py" line="+27"/>
        <source>Case created</source>
        <translation>Se creó el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized version %1</source>
        <translation>Se marcó como definitiva la versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction started: version %1 opened for changes</source>
        <translation>Se inició una corrección: se abrió la versión %1 para hacer cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case deleted</source>
        <translation>Se eliminó el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case exported to a file, not encrypted</source>
        <translation>Se exportó el caso a un archivo, sin cifrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case imported from a file</source>
        <translation>Se importó el caso desde un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 delivered to the registry</source>
        <translation>Se entregó la versión %1 al registro central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local copy deleted after delivery to the registry</source>
        <translation>Se borró la copia local después de entregarla al registro central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testimony added</source>
        <translation>Se agregó un testimonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded (version %1)</source>
        <translation>Se registró el consentimiento (versión %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawn (version %1)</source>
        <translation>Se retiró el consentimiento (versión %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document draft started</source>
        <translation>Se empezó el borrador de un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document prepared as PDF from version %1 of the records</source>
        <translation>Se preparó el documento en PDF a partir de la versión %1 de los registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document exported as a PDF file, not encrypted</source>
        <translation>Se exportó el documento como archivo PDF, sin cifrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence imported: “%2”</source>
        <translation>Se importó la evidencia «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original exported, not encrypted: “%2”</source>
        <translation>Se exportó el original, sin cifrar: «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collected: imported into the vault</source>
        <translation>Recolectada: se importó a la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed (decrypted in memory)</source>
        <translation>Consultada (descifrada en la memoria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original exported, not encrypted</source>
        <translation>Se exportó el original, sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed and sealed</source>
        <translation>Embalada y sellada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroyed</source>
        <translation>Destruida</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fingerprint of this version (SHA-256): %1</source>
        <translation>Huella digital de esta versión (SHA-256): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hash checked: it does NOT match the original</source>
        <translation>se revisó el hash: NO coincide con el original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hash checked: matches</source>
        <translation>se revisó el hash: coincide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No custody entries.</source>
        <translation>No hay anotaciones de custodia.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✔ Chain intact: every entry is sealed to the one before (%n in all).</source>
        <translation>
            <numerusform>✔ Cadena íntegra: su única anotación está sellada (%n en total).</numerusform>
            <numerusform>✔ Cadena íntegra: cada anotación está sellada a la anterior (%n en total).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>✘ Chain broken at entry %1</source>
        <translation>
            <numerusform>✘ Cadena rota en la anotación %1</numerusform>
            <numerusform>✘ Cadena rota en las anotaciones %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry was changed or removed after it was written. Ask for help.</source>
        <translation>Una anotación se cambió o se quitó después de escribirse. Pide ayuda.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What happened to this case</source>
        <translation>Lo que se ha hecho con este caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are local (%1).</source>
        <translation>Las horas son locales (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain of custody of each evidence item</source>
        <translation>Cadena de custodia de cada evidencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence in this case yet.</source>
        <translation>Todavía no hay evidencias en este caso.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../defender_app/widgets/import_panel.py" line="+44"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files not imported</source>
        <translation>Archivos no importados</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo después del archivo actual…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing “%1” — %2 of %3</source>
        <translation>Importando «%1» — %2 de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Import cancelled. Files imported before that are kept: %n.</source>
        <translation>
            <numerusform>Se canceló la importación. Se conserva el archivo importado antes: %n.</numerusform>
            <numerusform>Se canceló la importación. Se conservan los archivos importados antes: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No files to import (hidden files and system folders are skipped).</source>
        <translation>No hay archivos para importar (se omiten los archivos ocultos y las carpetas del sistema).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n imported.</source>
        <translation>
            <numerusform>%n importado.</numerusform>
            <numerusform>%n importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Without a preview (too large or unreadable): %n; the originals are kept.</source>
        <translation>
            <numerusform>Sin vista previa (demasiado grande o ilegible): %n; el original se conserva.</numerusform>
            <numerusform>Sin vista previa (demasiado grandes o ilegibles): %n; los originales se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n no se pudo importar:</numerusform>
            <numerusform>%n no se pudieron importar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>InvolvementsEditor</name>
    <message>
        <location filename="../defender_app/views/act_involvements.py" line="+42"/>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Perpetrators of this act</source>
        <translation>Perpetradores de este acto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Perpetrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degree of involvement</source>
        <translation>Grado de involucramiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No perpetrator recorded. Add who did it: a person, or a group or unit such as “Policía Municipal de …” when names are not known.</source>
        <translation>No hay ningún perpetrador registrado. Agrega quién lo hizo: una persona, o un grupo o corporación como «Policía Municipal de …» cuando no se conocen los nombres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add perpetrat&amp;or…</source>
        <translation>Agregar &amp;perpetrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a perpetrator</source>
        <translation>Agregar un perpetrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove perpetrator…</source>
        <translation>Quitar perpetrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected perpetrator</source>
        <translation>Quitar el perpetrador elegido</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Remove this perpetrator from the act?</source>
        <translation>¿Quitar este perpetrador del acto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person stays in the case; only their part in this act is removed.</source>
        <translation>La persona sigue en el caso; solo se quita su participación en este acto.</translation>
    </message>
</context>
<context>
    <name>LegalReviewBanner</name>
    <message>
        <location filename="../defender_app/widgets/document_review.py" line="+33"/>
        <source>Legal review status</source>
        <translation>Estado de la revisión legal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal texts and how they were checked</source>
        <translation>Textos legales y cómo se revisaron</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Show the &amp;list</source>
        <translation>Mostrar la &amp;lista</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; y %n más</numerusform>
            <numerusform>%1; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some legal wording has not been checked by a lawyer: %1. Have a lawyer review it before filing.</source>
        <translation>Parte del texto legal no la ha revisado una abogada o abogado: %1. Pide que lo revisen antes de presentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every legal text in this document was checked against the official source.</source>
        <translation>Todos los textos legales de este documento se cotejaron con la fuente oficial.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still to be reviewed by a lawyer</source>
        <translation>Falta que lo revise una abogada o abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the official source</source>
        <translation>Cotejado con la fuente oficial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: %1</source>
        <translation>fuente: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the &amp;list</source>
        <translation>Ocultar la &amp;lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../defender_app/views/main_window.py" line="+59"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize case…</source>
        <translation>Marcar como de&amp;finitivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;status and enrollment…</source>
        <translation>&amp;Estado de la sincronización y vinculación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prepare bundle for courier…</source>
        <translation>&amp;Preparar paquete para mensajero…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take in a courier bundle…</source>
        <translation>&amp;Recibir un paquete de mensajero…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as registry &amp;desk…</source>
        <translation>Configurar como &amp;escritorio del registro central…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../defender_app/views/media_viewer.py" line="+61"/>
        <source>Evidence viewer</source>
        <translation>Visor de evidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport original…</source>
        <translation>E&amp;xportar original…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted copy of the original file</source>
        <translation>Guardar una copia sin cifrar del archivo original</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the record of this item is in the vault, not its file.</source>
        <translation>En la bóveda solo está el registro de esta evidencia, no su archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting…</source>
        <translation>Descifrando…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This item could not be shown.</source>
        <translation>No se pudo mostrar esta evidencia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This picture is too large to show here.</source>
        <translation>Esta imagen es demasiado grande para mostrarla aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture could not be read; the file may be damaged.</source>
        <translation>No se pudo leer esta imagen; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture&apos;s format cannot be shown here.</source>
        <translation>El formato de esta imagen no se puede mostrar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender cannot show this kind of file inside the vault.</source>
        <translation>Defender no puede mostrar este tipo de archivo dentro de la bóveda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To open it with another program, export the original. The exported copy is not encrypted.</source>
        <translation>Para abrirlo con otro programa, exporta el original. La copia exportada no está cifrada.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../defender_app/widgets/pdf_preview.py" line="+40"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;page</source>
        <translation>&amp;Página completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document could not be shown.</source>
        <translation>No se pudo mostrar este documento.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../defender_app/views/people_tab.py" line="+96"/>
        <source>People of this case</source>
        <translation>Personas de este caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Papeles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No people yet. Add the victim first, then witnesses and perpetrators: a person, or a group or unit such as “Policía Municipal de Altamirano”.</source>
        <translation>Todavía no hay personas. Agrega primero a la víctima y luego a testigos y perpetradores: una persona, o un grupo o corporación como «Policía Municipal de Altamirano».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add pe&amp;rson…</source>
        <translation>Agregar pe&amp;rsona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts of this case</source>
        <translation>Actos de este caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act</source>
        <translation>Acto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;act…</source>
        <translation>Agregar &amp;acto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add act</source>
        <translation>Agregar acto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove act…</source>
        <translation>Quitar acto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected act</source>
        <translation>Quitar el acto elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acts</source>
        <translation>Actos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a person or an act to see and change its details.</source>
        <translation>Elige una persona o un acto para ver y cambiar sus datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act details</source>
        <translation>Datos del acto</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No acts yet. Click “Add act…” for each thing done to a victim, such as a detention or a threat.</source>
        <translation>Todavía no hay actos. Haz clic en «Agregar acto…» por cada cosa que se le hizo a una víctima, como una detención o una amenaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No acts yet. Add the people first; then each act links a victim to it.</source>
        <translation>Todavía no hay actos. Agrega primero a las personas; después, cada acto une a una víctima con lo que le hicieron.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add the victim first.</source>
        <translation>Agrega primero a la víctima.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove this act?</source>
        <translation>¿Quitar este acto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act, its arrest details and its perpetrators&apos; involvement are removed. The people stay in the case.</source>
        <translation>Se quitan el acto, los datos de la detención y la participación de sus perpetradores. Las personas siguen en el caso.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../defender_app/views/person_editor.py" line="+64"/>
        <source>Roles in this case</source>
        <translation>Papeles en este caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role: %1</source>
        <translation>Papel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles that come from an act or a testimony change there. Untick every role to take the person out of this case; their record is kept.</source>
        <translation>Los papeles que vienen de un acto o de un testimonio se cambian allí. Desmarca todos los papeles para sacar a la persona de este caso; su registro se conserva.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This role comes from an act or a testimony of this case.</source>
        <translation>Este papel viene de un acto o de un testimonio de este caso.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Take this person out of the case?</source>
        <translation>¿Sacar a esta persona del caso?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will no longer be listed in this case. Their record is kept, with everything typed about them.</source>
        <translation>%1 ya no aparecerá en este caso. Su registro se conserva, con todo lo que se escribió sobre esa persona.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../defender_app/views/desk/record_detail.py" line="+56"/>
        <source>Choose a record in the list to see it here.</source>
        <translation>Elige un registro de la lista para verlo aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record summary</source>
        <translation>Resumen del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions received</source>
        <translation>Versiones recibidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a version to show it as it was received.</source>
        <translation>Haz doble clic en una versión para verla tal como se recibió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Acuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version columns</source>
        <translation>Columnas de versiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../defender_app/views/desk/record_text.py" line="+47"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Types of attack</source>
        <translation>Tipos de agresión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>victim: %1</source>
        <translation>víctima: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>perpetrators: %1</source>
        <translation>perpetradores: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No consent is recorded for this testimony.</source>
        <translation>No hay consentimiento registrado para este testimonio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent record could not be read.</source>
        <translation>No se pudo leer el registro del consentimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent (version %1, given on %2)</source>
        <translation>Consentimiento (versión %1, otorgado el %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed to</source>
        <translation>Aceptó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not agreed to</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record has no testimonies.</source>
        <translation>Este registro no tiene testimonios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testimony %1</source>
        <translation>Testimonio %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testimony %1: %2</source>
        <translation>Testimonio %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken on</source>
        <translation>Tomado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relay</source>
        <translation>servidor de relevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courier bundle</source>
        <translation>paquete de mensajero</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../defender_app/views/first_run.py" line="+45"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written down or printed the recovery code</source>
        <translation>Ya anoté o imprimí el código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this code opens the vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si olvidas tu frase secreta, este código abre la bóveda. Solo se muestra ahora. Escríbelo en papel o imprímelo, y guárdalo en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Defender — recovery code</source>
        <translation>Defender — código de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../defender_app/views/unlock_view.py" line="+120"/>
        <source>Open with the recovery code</source>
        <translation>Abrir con el código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Frase secreta nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Frase secreta nueva otra vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open and set passphrase</source>
        <translation>Abrir y poner la frase secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>Frase secreta &amp;nueva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../defender_app/models/registry_model.py" line="+23"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of attack</source>
        <translation>Tipo de agresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender</source>
        <translation>Persona defensora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Perpetrators: %1</source>
        <translation>Perpetradores: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../defender_app/views/desk/registry_view.py" line="+76"/>
        <source>Missing envelopes</source>
        <translation>Sobres faltantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xportar registros…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registry records</source>
        <translation>Registros del registro central</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registry columns</source>
        <translation>Columnas del registro</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: envelope(s) %2 missing</source>
        <translation>
            <numerusform>%1: falta el sobre %2</numerusform>
            <numerusform>%1: faltan los sobres %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: the chain does not link at envelope(s) %2</source>
        <translation>
            <numerusform>%1: la cadena no enlaza en el sobre %2</numerusform>
            <numerusform>%1: la cadena no enlaza en los sobres %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some envelopes have not arrived or do not fit their device&apos;s chain. Pull again; if this stays, ask the defender to sync or bring a courier bundle.</source>
        <translation>Algunos sobres no han llegado o no encajan en la cadena de su equipo. Vuelve a traer del servidor de relevo; si sigue así, pide a la persona defensora que sincronice o traiga un paquete de mensajero.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../defender_app/views/desk/reports_view.py" line="+31"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print / sa&amp;ve PDF report…</source>
        <translation>Im&amp;primir o guardar el informe en PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attacks by type</source>
        <translation>Agresiones por tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of attack</source>
        <translation>Tipo de agresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attacks by type of perpetrator</source>
        <translation>Agresiones por tipo de perpetrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of perpetrator</source>
        <translation>Tipo de perpetrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attacks by state</source>
        <translation>Agresiones por estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks by month</source>
        <translation>Agresiones por mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Records: %1 · attacks (acts) counted: %2</source>
        <translation>Registros: %1 · agresiones (hechos) contadas: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(sin dato)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the counts as a CSV file?</source>
        <translation>¿Exportar los conteos como archivo CSV?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</source>
        <translation>El archivo CSV NO estará cifrado: cualquiera que pueda abrir la carpeta o la memoria USB que elijas podrá leerlo. Solo contiene conteos, pero las cifras pequeñas en un lugar pequeño pueden señalar a personas. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Report of recorded attacks</source>
        <translation>Informe de agresiones registradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown from memory; no file has been written. SHA-256: %1</source>
        <translation>Se muestra desde la memoria; no se escribió ningún archivo. SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report as a PDF file?</source>
        <translation>¿Guardar el informe como archivo PDF?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</source>
        <translation>El archivo PDF NO estará cifrado: cualquiera que pueda abrir la carpeta o la memoria USB que elijas podrá leerlo. Solo contiene conteos, pero las cifras pequeñas en un lugar pequeño pueden señalar a personas. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../defender_app/widgets/person_labels.py" line="+14"/>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>testigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>perpetrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source (gave testimony)</source>
        <translation>fuente (dio testimonio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervening party</source>
        <translation>parte interviniente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otro papel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <location filename="../defender_app/widgets/save_problem.py" line="+20"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../defender_app/views/settings_dialog.py" line="+23"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after idle minutes</source>
        <translation>Minutos sin uso antes de bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defender will show the new language the next time it opens. To see it now, press OK, close Defender and open it again.</source>
        <translation>Defender se mostrará en el idioma nuevo la próxima vez que lo abras. Para verlo ahora, presiona Aceptar, cierra Defender y vuelve a abrirlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after being idle for:</source>
        <translation>Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../defender_app/widgets/passphrase.py" line="+59"/>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase secreta</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Muy corta: al menos %n carácter.</numerusform>
            <numerusform>Muy corta: al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: add more words.</source>
        <translation>Débil: agrega más palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: one or two more words would help.</source>
        <translation>Regular: una o dos palabras más ayudarían.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../defender_app/sync_controller.py" line="+148"/>
        <source>%n record(s) delivered, with signed receipts.</source>
        <translation>
            <numerusform>%n registro entregado, con acuse de recibo firmado.</numerusform>
            <numerusform>%n registros entregados, con acuses de recibo firmados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync stopped because of an unexpected problem; it will try again.</source>
        <translation>La sincronización se detuvo por un problema inesperado; volverá a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../defender_app/widgets/sync_indicator.py" line="+17"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync…</source>
        <translation>&amp;Sincronizar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sync panel</source>
        <translation>Abrir el panel de sincronización</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync: not set up — records stay on this computer</source>
        <translation>Sincronización: sin configurar — los registros se quedan en esta computadora</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Offline: %n record(s) waiting</source>
        <translation>
            <numerusform>Sin conexión: %n registro en espera</numerusform>
            <numerusform>Sin conexión: %n registros en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting to send %n record(s)</source>
        <translation>
            <numerusform>%n registro en espera de envío</numerusform>
            <numerusform>%n registros en espera de envío</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records delivered</source>
        <translation>Todos los registros entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync needs attention</source>
        <translation>La sincronización necesita atención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../defender_app/views/sync_panel.py" line="+27"/>
        <source>sealing</source>
        <translation>sellando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>en espera de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending files</source>
        <translation>enviando archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the registry</source>
        <translation>rechazado por el registro central</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with the registry</source>
        <translation>Sincronización con el registro central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync summary</source>
        <translation>Resumen de la sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation>Huella digital de la clave de esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records on their way to the registry</source>
        <translation>Registros en camino al registro central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt or problem</source>
        <translation>Acuse de recibo o problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect this computer…</source>
        <translation>&amp;Conectar esta computadora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the local copy after verified delivery</source>
        <translation>Borrar la copia local después de una entrega verificada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the registry has signed a receipt for every version of a case, its local copy is deleted from this computer. Useful where laptops may be seized.</source>
        <translation>Cuando el registro central haya firmado un acuse de recibo de cada versión de un caso, se borra su copia local de esta computadora. Útil donde pueden decomisar las computadoras.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This computer&apos;s key fingerprint: %1. If your organisation calls to confirm this computer, read it to them.</source>
        <translation>Huella digital de la clave de esta computadora: %1. Si tu organización te llama para confirmar esta computadora, léesela.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This computer is not connected to an organisation&apos;s registry yet. Finalized cases stay here, encrypted, until it is.</source>
        <translation>Esta computadora todavía no está conectada al registro central de una organización. Los casos definitivos se quedan aquí, cifrados, hasta que lo esté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 delivered with a verified receipt; %2 waiting; %3 refused.</source>
        <translation>Entregados con acuse verificado: %1; en espera: %2; rechazados: %3.</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="-123"/>
        <source>Take in a courier bundle</source>
        <translation>Recibir un paquete de mensajero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the bundle file (.hrdb)</source>
        <translation>Elige el archivo del paquete (.hrdb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a courier bundle</source>
        <translation>Abrir un paquete de mensajero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Courier bundles (*.hrdb)</source>
        <translation>Paquetes de mensajero (*.hrdb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../defender_app/widgets/term_picker.py" line="+39"/>
        <source>Search in Spanish or English…</source>
        <translation>Busca en español o en inglés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search terms</source>
        <translation>Buscar términos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <location line="+45"/>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>TermsPicker</name>
    <message>
        <location line="+28"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Agregar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../defender_app/views/testimonies_tab.py" line="+82"/>
        <source>Testimonies of this case</source>
        <translation>Testimonios de este caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No testimonies yet. Click “Add testimony…” to record what a person tells you, and ask for their consent first.</source>
        <translation>Todavía no hay testimonios. Haz clic en «Agregar testimonio…» para registrar lo que una persona te cuenta, y pide primero su consentimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add testimony…</source>
        <translation>&amp;Agregar testimonio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add testimony</source>
        <translation>Agregar testimonio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case is final: the testimony cannot change, but consent still can.</source>
        <translation>Este caso es definitivo: el testimonio ya no puede cambiar, pero el consentimiento sí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a testimony above to read it and its consent.</source>
        <translation>Elige arriba un testimonio para leerlo junto con su consentimiento.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not chosen yet)</source>
        <translation>(todavía sin elegir)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1, partly withdrawn</source>
        <translation>versión %1, retirado en parte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../defender_app/views/testimony_editor.py" line="+62"/>
        <source>Person who gave the testimony</source>
        <translation>Persona que dio el testimonio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Dado por:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— choose —</source>
        <translation>— elige —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new…</source>
        <translation>Alguien nuevo…</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../defender_app/views/unlock_view.py" line="-109"/>
        <source>Defender is locked</source>
        <translation>Defender está bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I forgot my passphrase…</source>
        <translation>Olvidé mi frase secreta…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Escribe tu frase secreta para abrir tus registros.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../defender_app/cli_i18n.py" line="+34"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
</context>
</TS>
